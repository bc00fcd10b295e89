namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Invented pages with furniture inside or around the body: a radio transcript (the show it aired on,
/// sound cues, the notice on how transcripts are made) and a fact check (the correction prompt, the
/// signatory line of a fact-checking code, a "More fact checks" list of questions with verdicts).
/// </summary>
public class BroadcastAndFactCheckFurnitureTests
{
    private const string Headline = "Northwind and Vantreck reopen talks on fishing quotas";
    private const string Host = "HOST: Good evening. Talks between Northwind and Vantreck resumed today in Oslo after a long pause.";
    private const string Minister = "MINISTER: We will not give up our quota, and we said so in Oslo this morning to the other side.";
    private const string Closing = "HOST: The next round of talks is planned for the spring, the ministers said.";

    private static string Transcript(string show = "Heard on Evening Harbour", string cue = "(SOUNDBITE OF MUSIC)",
        string notice = "Harbourline transcripts are created on a rush deadline by a contractor. This text may be updated in the future.") =>
        $"Harbourline Radio\n{Headline}\n{show}\nMarch 3, 2027\n{Host}\n{Minister}\n{cue}\n{Closing}\n{notice}\n© 2027 Harbourline Radio\n";

    private static readonly string Spoken = $"{Host}\n\n{Minister}\n\n{Closing}";

    [Fact]
    public void The_show_a_transcript_aired_on_is_not_text()
    {
        Readers.Read(Transcript(cue: "")).Body.ShouldBe(Spoken);
    }

    [Fact]
    public void A_sound_cue_in_capitals_between_brackets_is_not_text()
    {
        Readers.Read(Transcript()).Body.ShouldBe(Spoken);
    }

    [Fact]
    public void The_notice_on_how_transcripts_are_made_is_not_text()
    {
        Readers.Read(Transcript(cue: "")).Body.ShouldNotContain("transcripts");
    }

    private const string Claim = "Vantreck says Northwind fishing boats entered its waters on 2 March 2027.";
    private const string Verdict = "Our verdict: the coast guard logs show no such entry, and the ministry has given no evidence.";

    private static string FactCheck(string tail) =>
        $"Northwind Facts\nFact check: Northwind boats and the Vantreck waters claim\nBy Ilse Varga\n5 March 2027\n{Claim}\n{Verdict}\n{tail}© 2027 Northwind Facts\n";

    [Fact]
    public void A_correction_prompt_and_a_signatory_line_are_not_text()
    {
        var article = Readers.Read(FactCheck("Was this fact check helpful?\nYes\nNo\nSpotted an error? Tell us.\nNorthwind Facts is a signatory of the Code of Principles of the Harbour Fact-Checking Network.\n"));
        article.Body.ShouldBe($"{Claim}\n\n{Verdict}");
    }

    [Fact]
    public void A_more_fact_checks_list_with_verdicts_is_not_text()
    {
        var article = Readers.Read(FactCheck("More fact checks\nDid Vantreck close the border in 2026? No\nIs the quota deal signed? Partly\nThe ministry has not answered our questions about the logs.\n"));
        article.Body.ShouldNotContain("2026");
        article.Body.ShouldNotContain("More fact checks");
    }
}
