namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented mailing-list digest saved from a list archive: the subject line with its list tag,
/// the archive's sender address and ctime date, its navigation, the digest preamble and topic list,
/// per-message header blocks, signatures under "--" and the list footer.
/// </summary>
public class MailingListDigestPageTests
{
    private const string Subject = "[GCW] Grain-Corridor-Watch Digest, Vol 2, Issue 14";
    private const string First = "The fourth round in Oslo ended on Tuesday without agreement on export quotas, and both sides blamed the other.";
    private const string Second = "I would not read too much into it: the quota gap has narrowed from five million tonnes to three.";

    private static string Page(string signature = "--\nJana Holm\nSenior Fellow, Northwind Institute\n+47 5550 1234\n") =>
        $"{Subject}\ngrain-watch-request at lists.example.org\nTue Mar 16 09:14:22 CET 2027\n"
        + "Previous message: [GCW] Grain-Corridor-Watch Digest, Vol 2, Issue 13\nNext message: [GCW] Grain-Corridor-Watch Digest, Vol 2, Issue 15\n"
        + "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\nSend Grain-Corridor-Watch mailing list submissions to\n"
        + "grain-watch at lists.example.org\nor, via email, send a message with subject or body 'help' to\n"
        + "When replying, please edit your Subject line so it is more specific than \"Re: Contents of Grain-Corridor-Watch digest...\"\n\n"
        + "Today's Topics:\n\n1. Oslo round: the quota gap (Jana Holm)\n2. Re: Oslo round: the quota gap (Piet Varga)\n\n"
        + "------------------------------\n\nMessage: 1\nDate: Tue, 16 Mar 2027 07:41:12 +0100\nFrom: Jana Holm <j.holm at northwind.example>\n"
        + "To: grain-watch at lists.example.org\nSubject: [GCW] Oslo round: the quota gap\nMessage-ID: <8f3a1c2e at northwind.example>\n"
        + $"Content-Type: text/plain; charset=\"utf-8\"\n\nColleagues,\n\n{First}\n\nBest,\nJana\n\n{signature}\n------------------------------\n\n"
        + "Message: 2\nDate: Tue, 16 Mar 2027 08:05:37 +0000\nFrom: Piet Varga <pv at harbour.example>\nSubject: Re: [GCW] Oslo round: the quota gap\n"
        + $"In-Reply-To: <8f3a1c2e at northwind.example>\n\n{Second}\n\n------------------------------\n\nGrain-Corridor-Watch mailing list\n"
        + "End of Grain-Corridor-Watch Digest, Vol 2, Issue 14\n\nMore information about the Grain-Corridor-Watch mailing list\n";

    [Fact]
    public void Message_headers_archive_navigation_preamble_and_footer_are_not_text()
    {
        var body = Readers.Read(Page()).Body;
        foreach (var furniture in new[] { "Message-ID", "From:", "To:", "Subject:", "Date:", "In-Reply-To", "Content-Type", "Message: 1",
            "Previous message", "sorted by", "submissions to", "send a message", "When replying", "Today's Topics", "quota gap (Jana Holm)",
            "at lists.example.org", "mailing list", "End of" })
        {
            body.ShouldNotContain(furniture);
        }
        body.ShouldContain(First);
        body.ShouldContain(Second);
    }

    [Fact]
    public void A_signature_under_the_delimiter_is_not_text_but_the_sign_off_above_it_is()
    {
        var body = Readers.Read(Page()).Body;
        body.ShouldNotContain("Senior Fellow");
        body.ShouldNotContain("5550");
        body.ShouldContain("Jana");
    }

    [Fact]
    public void Prose_under_a_double_dash_is_no_signature()
    {
        var body = Readers.Read(Page("--\nThe talks will resume in Oslo after the harvest figures are known, a diplomat said.\n")).Body;
        body.ShouldContain("resume in Oslo");
    }

    [Fact]
    public void The_tagged_subject_is_the_title_the_list_the_outlet_and_the_ctime_line_the_date()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Subject);
        article.Outlet.ShouldBe("Grain-Corridor-Watch");
        article.Published!.ToString().ShouldBe("2027-03-16");
    }
}
