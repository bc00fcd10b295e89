namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Invented pages of three kinds: a ministry's statement page whose masthead is the ministry's long
/// name, an embassy's comment page (a dated "Other comments" list, the street address with its
/// postcode, a reprint notice) and a podcast transcript (a host-and-guests credit line, a
/// speech-recognition notice, speaker lines with clock codes).
/// </summary>
public class OfficialCommentAndTranscriptPageTests
{
    private const string Statement = "Joint Statement of the Coastal Ministers on the Fisheries Talks";
    private const string Lead = "The ministers of Norway and Chile met in Valparaíso on Tuesday and agreed to resume the fisheries talks before the end of the season.";
    private const string Second = "Both delegations said the next round would take place in Oslo, and the quota question would come first.";

    private const string MinistryPage =
        "Skip to main content\nMinistry of Foreign Affairs of Ruritania\nFrançais\nHome\nPress Releases\nForeign Policy\nAbout Us\nSite Map\nSearch\n"
        + $"Home > Foreign Policy > Fisheries\nPrint\n{Statement}\nMarch 3, 2026\n"
        + $"The Minister for Foreign Affairs of Ruritania welcomed the statement. {Lead}\n{Second}\nPage Top\n"
        + "Copyright © 2026 Ministry of Foreign Affairs of Ruritania\n";

    private const string CommentPage =
        "Embassy of Ruritania to the Kingdom of Norway\nOfficial website\nHome\nPress Service\nContacts\nSearch the site\n"
        + "Embassy comment on the fisheries talks in Valparaíso\n03.03.2026 12:40\n"
        + $"Question: What did the talks achieve?\n\nAnswer: {Lead}\n\n{Second}\n\nOther comments\n"
        + "02.03.2026 Embassy comment on the detention of a trawler crew\n24.02.2026 Embassy comment on a quota exhibition in Bergen\n"
        + "© 2026 Embassy of Ruritania to the Kingdom of Norway\n12 Harbour Row, Oslo NO1 4AB\n"
        + "When using materials from this website, a link to the source is required.\n";

    private const string TranscriptPage =
        "Skip to content\nSALTMARSH INSTITUTE\nResearch\nEvents\nPodcasts\nAbout\nPodcasts › Tidelines › Season 2\n"
        + "Tidelines, episode 41: Valparaíso, quotas and a deadline\n3 March 2026\n▶ Listen: Apple Podcasts · Spotify · RSS\nDuration 38:12\n"
        + "Host: Ines Lowe. Guests: Per Dahl, senior fellow at the Saltmarsh Institute in Oslo, and Ana Ruiz, former fisheries negotiator.\n"
        + "Transcript\nThis transcript was produced by automated speech recognition and lightly edited. Check against the audio before quoting.\n\n"
        + "Subscribe to Tidelines wherever you get your podcasts.\n\n"
        + $"Ines Lowe  00:00:04\n{Lead}\n\nPer Dahl  00:00:31\n{Second}\n\n© 2026 Saltmarsh Institute\n";

    [Fact]
    public void A_masthead_that_is_the_copyright_holder_long_name_is_not_the_title()
    {
        var article = Readers.Read(MinistryPage);
        article.Title.ShouldBe(Statement);
        article.Outlet.ShouldBe("Ministry of Foreign Affairs of Ruritania");
    }

    [Fact]
    public void A_dated_list_of_other_comments_is_not_article_text()
    {
        var body = Readers.Read(CommentPage).Body;
        body.ShouldContain("quota question would come first");
        body.ShouldNotContain("Other comments");
        body.ShouldNotContain("trawler crew");
        body.ShouldNotContain("quota exhibition");
    }

    [Fact]
    public void A_street_address_with_its_postcode_and_a_reprint_notice_are_not_article_text()
    {
        var body = Readers.Read(CommentPage).Body;
        body.ShouldNotContain("Harbour Row");
        body.ShouldNotContain("link to the source");
    }

    [Fact]
    public void A_host_and_guests_credit_line_and_a_speech_recognition_notice_are_not_article_text()
    {
        var body = Readers.Read(TranscriptPage).Body;
        body.ShouldContain("Ines Lowe  00:00:04");
        body.ShouldNotContain("Guests:");
        body.ShouldNotContain("speech recognition");
    }

    [Fact]
    public void A_speaker_line_with_its_clock_code_is_not_the_title()
    {
        Readers.Read(TranscriptPage).Title.ShouldBe("Tidelines, episode 41: Valparaíso, quotas and a deadline");
    }
}
