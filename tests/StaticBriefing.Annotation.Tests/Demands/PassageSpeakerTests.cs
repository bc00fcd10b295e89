using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// The whole annotator with the repository's knowledge on invented transcripts and digests: the
/// actor on a label line speaks the lines under it, so their "we" and their "there must be …" are
/// theirs, until the next label or a line that is not prose. One label alone is a caption.
/// </summary>
public class PassageSpeakerTests
{
    private const string Lead = "Washington said on Monday it would stay in the talks.";
    private const string RejectCeasefire = "We reject any ceasefire that lets the West rearm Ukraine.";
    private const string MustCeasefire = "There must be a full and unconditional ceasefire.";
    private const string RejectCap = "We reject any cap on the size of the Ukrainian army.";
    private static readonly Lazy<Annotator> Annotator = new(() => new Annotator(KnowledgeLoader.Load(RepositoryPaths.Root)));

    [Fact]
    public void A_name_and_a_clock_time_above_a_post_make_its_we_and_its_must_the_speaker_s()
    {
        Positions(Lead, "Sergey Lavrov, 10:15", RejectCeasefire, "Kaja Kallas, 11:40", MustCeasefire)
            .ShouldBe(["2: russia rejects ceasefire (ceasefire)", "4: eu demands ceasefire (ceasefire)"]);
    }

    [Fact]
    public void A_parliamentary_record_names_its_speakers_with_asides_in_parentheses_or_in_parentheses_after_a_role()
    {
        Positions(Lead, "The Prime Minister (Keir Starmer)", MustCeasefire, "Sergey Lavrov (Moscow) (Ind)", RejectCeasefire)
            .ShouldBe(["2: other demands ceasefire (ceasefire)", "4: russia rejects ceasefire (ceasefire)"]);
    }

    [Fact]
    public void An_inline_label_speaks_its_own_line_and_a_label_naming_no_actor_ends_the_speech()
    {
        // Without the labels, the reporter's "we" would fall to the last subject named.
        Positions(Lead, "Kaja Kallas: " + MustCeasefire, "QUESTION: " + RejectCap, "Kaja Kallas: Yes.")
            .ShouldBe(["1: eu demands ceasefire (ceasefire)"]);
    }

    [Fact]
    public void A_speaker_of_no_known_party_does_not_lend_the_we_to_the_last_subject()
    {
        Positions(Lead, "Senator Jane Doe, 10:15", RejectCap, "Sergey Lavrov, 10:45", RejectCeasefire)
            .ShouldBe(["4: russia rejects ceasefire (ceasefire)"]);
    }

    [Fact]
    public void A_line_that_is_not_prose_ends_the_speech()
    {
        Positions(Lead, "Sergey Lavrov, 10:15", RejectCeasefire, "Kaja Kallas, 11:40", MustCeasefire, "What comes next", "Kaja Kallas, 12:10", MustCeasefire)
            .ShouldBe(["2: russia rejects ceasefire (ceasefire)", "4: eu demands ceasefire (ceasefire)", "7: eu demands ceasefire (ceasefire)"]);
        Positions(Lead, "Sergey Lavrov, 10:15", RejectCeasefire, "Kaja Kallas, 11:40", "Good morning.", "Views: 402K", MustCeasefire)
            .ShouldBe(["2: russia rejects ceasefire (ceasefire)"]);
    }

    [Fact]
    public void An_attribution_in_the_sentence_outweighs_the_label()
    {
        Positions(Lead, "Kaja Kallas, 10:15", "There can be no ceasefire without guarantees, the Kremlin said.", "Sergey Lavrov, 10:45", RejectCeasefire)
            .ShouldBe(["2: russia rejects ceasefire (ceasefire)", "4: russia rejects ceasefire (ceasefire)"]);
    }

    [Fact]
    public void A_soundbite_label_ending_in_a_colon_makes_the_quote_under_it_the_speaker_s()
    {
        Positions(Lead, "4. SOUNDBITE (Russian) Sergey Lavrov, Russian Foreign Minister:", "\"" + RejectCeasefire + "\"",
                "5. Mid of delegates seated at table", "6. SOUNDBITE (English) Kaja Kallas, EU foreign policy chief:", "\"" + MustCeasefire + "\"")
            .ShouldBe(["2: russia rejects ceasefire (ceasefire)", "5: eu demands ceasefire (ceasefire)"]);
    }

    [Fact]
    public void One_name_on_a_line_of_its_own_is_a_caption_not_a_speaker()
    {
        Positions(Lead, "Kaja Kallas, 11:40", MustCeasefire).ShouldBeEmpty();
    }

    private static List<string> Positions(params string[] paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var annotated = Annotator.Value.Annotate(text, new ReferenceDate(2026, 2, 24));
        return annotated.Demands
            .Select(d => $"{d.Sentence}: {d.Party} {d.Stance.ToString().ToLowerInvariant()} {d.Issue} ({text[d.Start..d.End]})")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
