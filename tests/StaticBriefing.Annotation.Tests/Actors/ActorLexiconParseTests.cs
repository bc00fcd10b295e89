using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Tests.Actors;

public sealed class ActorLexiconParseTests
{
    private const string Parties = "parties:\n  - id: russia\n    name: Russia\n  - id: none\n    name: Independent\n";

    private static string Cues()
    {
        // Every cue list is required; an empty list is fine for these tests.
        var lists = new[]
        {
            "titles", "title_modifiers", "appositive_heads", "speech_verbs", "outlet_cues", "source_cues",
            "byline_cues", "organisation_words", "organisation_heads", "institution_heads", "non_names", "name_particles",
            "name_connectors", "place_prepositions", "determiners", "anaphoric_determiners",
            "possessive_pronouns", "possessive_determiners", "clause_stops", "relative_pronouns", "collective_nouns", "group_quantifiers",
            "counterpart_nouns", "credit_cues", "copyright_cues", "outlet_words",
        };
        return "cues:\n" + string.Concat(lists.Select(l => $"  {l}: []\n"));
    }

    internal static ActorLexicon Parse(string actors, string parties = Parties) =>
        ActorLexicon.Parse(new DataFile("input/actors.yml", Cues() + "actors:\n" + actors), new DataFile("input/parties.yml", parties));

    private const string Kremlin = "  - id: kremlin\n    name: Kremlin\n    kind: organisation\n    party: russia\n    role: leadership\n    aliases: [Kremlin]\n";

    [Fact]
    public void A_valid_file_gives_the_actors_with_their_details()
    {
        var lexicon = Parse(Kremlin);
        var kremlin = lexicon.Actors.ShouldHaveSingleItem();
        kremlin.Id.ShouldBe("kremlin");
        kremlin.Party.ShouldBe("russia");
        kremlin.Aliases.ShouldBe(["Kremlin"]);
        lexicon.Parties.Select(p => p.Name).ShouldBe(["Russia", "Independent"]);
    }

    [Fact]
    public void The_repository_taxonomy_parses()
    {
        Knowledge.Actors.Actors.Count.ShouldBeGreaterThan(100);
        Knowledge.Actors.Actors.ShouldContain(a => a.Id == "volodymyr-zelensky" && a.Aliases.Contains("Zelenskyy"));
    }

    [Fact]
    public void An_unknown_key_is_an_error_with_its_line()
    {
        var error = Should.Throw<DataFileException>(() => Parse(Kremlin + "    nickname: K\n"));
        error.File.ShouldBe("input/actors.yml");
        error.Line.ShouldBe(CueLines + 7);
        error.Message.ShouldContain("nickname");
    }

    [Fact]
    public void A_missing_required_field_is_an_error_with_its_line()
    {
        var error = Should.Throw<DataFileException>(() => Parse("  - id: kremlin\n    name: Kremlin\n    kind: organisation\n    party: russia\n"));
        error.File.ShouldBe("input/actors.yml");
        error.Line.ShouldNotBeNull();
        error.Line!.Value.ShouldBeGreaterThan(CueLines);
        error.Message.ShouldContain("role", Case.Insensitive);
    }

    [Fact]
    public void A_duplicate_id_is_an_error_naming_the_second_entry()
    {
        var error = Should.Throw<DataFileException>(() => Parse(Kremlin + Kremlin.Replace("[Kremlin]", "[Kremlin Palace]", StringComparison.Ordinal)));
        error.Line.ShouldBe(CueLines + 7);
        error.Field.ShouldBe("id");
        error.Message.ShouldContain("duplicate actor id 'kremlin'");
    }

    [Fact]
    public void An_unknown_party_is_an_error()
    {
        var error = Should.Throw<DataFileException>(() => Parse(Kremlin.Replace("party: russia", "party: mars", StringComparison.Ordinal)));
        error.Field.ShouldBe("party");
        error.Line.ShouldBe(CueLines + 4);
    }

    [Fact]
    public void An_alias_shared_by_two_actors_is_an_error()
    {
        var other = "  - id: kremlin-palace\n    name: Kremlin Palace\n    kind: other\n    party: russia\n    role: building\n    aliases: [Kremlin]\n";
        var error = Should.Throw<DataFileException>(() => Parse(Kremlin + other));
        error.Field.ShouldBe("aliases");
        error.Message.ShouldContain("already an alias of 'kremlin'");
    }

    [Fact]
    public void A_title_two_bodies_hold_is_allowed_but_not_as_another_s_name()
    {
        var titled = Kremlin.Replace("aliases: [Kremlin]", "aliases: [Kremlin]\n    titles: [Palace]", StringComparison.Ordinal);
        var shared = "  - id: quillon-palace\n    name: Quillon Palace\n    kind: other\n    party: russia\n    role: building\n    titles: [Palace]\n";
        Parse(titled + shared).Actors.Count(actor => actor.Titles.Contains("Palace")).ShouldBe(2);
        var named = shared.Replace("titles: [Palace]", "aliases: [the Palace]", StringComparison.Ordinal);
        Should.Throw<DataFileException>(() => Parse(titled + named)).Message.ShouldContain("already an alias of 'kremlin'");
    }

    [Theory]
    [InlineData("kind: organisation", "kind: company", "kind")]
    [InlineData("id: kremlin", "id: The Kremlin", "id")]
    [InlineData("aliases: [Kremlin]", "aliases: [Kremlin]\n    country: atlantis", "country")]
    public void Invalid_values_are_errors_naming_the_field(string from, string to, string field)
    {
        var error = Should.Throw<DataFileException>(() => Parse(Kremlin.Replace(from, to, StringComparison.Ordinal)));
        error.Field.ShouldBe(field);
        error.Line.ShouldNotBeNull();
    }

    [Fact]
    public void A_noun_designating_two_actors_of_one_country_is_an_error()
    {
        var two = "  - id: a\n    name: A\n    kind: person\n    party: russia\n    role: r\n    country: kremlin\n    nouns: [chief]\n"
            + "  - id: b\n    name: B\n    kind: person\n    party: russia\n    role: r\n    country: kremlin\n    nouns: [chief]\n";
        var error = Should.Throw<DataFileException>(() => Parse(Kremlin + two));
        error.Field.ShouldBe("nouns");
        error.Message.ShouldContain("already designates 'a'");
    }

    [Fact]
    public void Parties_file_errors_name_the_parties_file()
    {
        var error = Should.Throw<DataFileException>(() => Parse(Kremlin, Parties + "  - id: russia\n    name: Again\n"));
        error.File.ShouldBe("input/parties.yml");
        error.Line.ShouldBe(6);
    }

    [Theory]
    [InlineData("mars")]
    [InlineData("russia-mediator")]
    [InlineData("russia")]
    public void Positions_filed_under_an_unknown_party_itself_or_a_filed_party_are_an_error(string under)
    {
        var mediator = Parties.Replace("name: Independent", "name: Independent\n    positions_under: russia-mediator", StringComparison.Ordinal)
            + $"  - id: russia-mediator\n    name: Mediator\n    positions_under: {under}\n";
        var error = Should.Throw<DataFileException>(() => Parse(Kremlin, mediator));
        error.Field.ShouldBe("positions_under");
        error.File.ShouldBe("input/parties.yml");
    }

    [Fact]
    public void A_party_may_file_its_positions_under_another()
    {
        var lexicon = Parse(Kremlin, Parties + "  - id: mediator\n    name: Mediator\n    positions_under: none\n");
        lexicon.Parties.Single(p => p.Id == "mediator").PositionsUnder.ShouldBe("none");
        lexicon.Parties.Single(p => p.Id == "russia").PositionsUnder.ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("actors: [")]
    [InlineData("\u0000\u0001binary")]
    public void Empty_or_malformed_files_are_one_line_errors(string text)
    {
        var error = Should.Throw<DataFileException>(() => ActorLexicon.Parse(new DataFile("input/actors.yml", text), new DataFile("input/parties.yml", Parties)));
        error.Message.ShouldStartWith("input/actors.yml");
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void Sentence_abbreviations_must_be_bare_words()
    {
        Should.Throw<DataFileException>(() => SentenceLexicon.Parse(new DataFile("input/sentences.yml", "abbreviations: [Mr.]")))
            .Field.ShouldBe("abbreviations");
        Should.Throw<DataFileException>(() => SentenceLexicon.Parse(new DataFile("input/sentences.yml", "abbreviations: [Mr]\nextra: 1")))
            .Line.ShouldBe(2);
    }

    /// <summary>The line of "actors:", right after the cue lists.</summary>
    internal static int CueLines => Cues().Count(c => c == '\n') + 1;
}
