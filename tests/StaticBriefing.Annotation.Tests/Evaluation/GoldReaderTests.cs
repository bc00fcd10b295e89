using StaticBriefing.Annotation.Data;
using StaticBriefing.Evaluation;

namespace StaticBriefing.Annotation.Tests.Evaluation;

public class GoldReaderTests
{
    private static string GoldFolder => RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Gold");

    private const string Minimal = """
        metadata:
          outlet: null
          author: Ann Author
          published: 2025-08
          published_basis: byline
          title: null
          boilerplate:
          - Skip to content
        actors:
        - id: ann-lee
          name: Ann Lee
          kind: person
          party: none
          role: minister
          mentions:
          - Ann Lee
        dates:
        - text: May 16
          value: '2025-05-16'
          mod: null
          type: DATE
          refers_to: first round
        demands: []
        claims: []
        conflicts: []
        """;

    [Fact]
    public void The_five_gold_files_load_with_the_counts_their_readme_gives()
    {
        var golds = GoldReader.ReadFolder(GoldFolder);
        golds.Select(g => g.Id).ShouldBe(["000_23d98722bfaca581", "001_00eff6b607dc38ae", "002_e354e611adafdd87", "003_56d93cfb8eef386c", "004_604b73cb5f3714ff"]);
        golds.Select(g => g.Actors.Count).ShouldBe([10, 15, 24, 19, 20]);
        golds.Select(g => g.Dates.Count(d => d.IsBody)).ShouldBe([7, 10, 11, 16, 30]);
        golds.Select(g => g.Dates.Count).ShouldBe([10, 10, 13, 24, 30]);
        golds.Select(g => g.Demands.Count).ShouldBe([14, 23, 17, 18, 27]);
        golds.Select(g => g.Claims.Count).ShouldBe([8, 9, 7, 11, 12]);
        golds.Select(g => g.Metadata.Boilerplate.Count).ShouldBe([6, 4, 6, 18, 2]);
        golds.Select(g => g.Metadata.Published).ShouldBe(["2025-07-22", "2025-08", "2025-07-23", "2025-07-23", "2025-07-22"]);
    }

    [Fact]
    public void A_gold_claim_maps_onto_its_record()
    {
        var yaml = Minimal.Replace("claims: []", "claims:\n- who: ann-lee\n  claim: 7,000 bodies\n  sentence: Ann Lee says so.\n  disputed_by: null");
        GoldReader.Parse("x", yaml, "x.gold.yml").Claims.ShouldBe([new GoldClaim("ann-lee", "7,000 bodies", "Ann Lee says so.", null)]);
    }

    [Fact]
    public void A_gold_claim_without_disputed_by_is_an_error()
    {
        var yaml = Minimal.Replace("claims: []", "claims:\n- who: ann-lee\n  claim: 7,000 bodies\n  sentence: Ann Lee says so.");
        Should.Throw<DataFileException>(() => GoldReader.Parse("x", yaml, "x.gold.yml")).Message.ShouldContain("disputed_by", Case.Insensitive);
    }

    [Fact]
    public void A_minimal_gold_file_maps_onto_the_records()
    {
        var gold = GoldReader.Parse("x", Minimal, "x.gold.yml");
        gold.Metadata.Title.ShouldBeNull();
        gold.Metadata.Published.ShouldBe("2025-08");
        gold.Actors.Single().Mentions.ShouldBe(["Ann Lee"]);
        gold.Dates.Single().ShouldBe(new GoldDate("May 16", "2025-05-16", null, "DATE", "first round"));
    }

    [Fact]
    public void An_unknown_key_is_an_error_naming_file_and_line()
    {
        var error = Should.Throw<DataFileException>(() => GoldReader.Parse("x", Minimal.Replace("  role: minister", "  role: minister\n  rank: high"), "x.gold.yml"));
        error.Message.ShouldStartWith("x.gold.yml:15");
        error.Message.ShouldContain("rank");
    }

    [Fact]
    public void A_missing_field_is_an_error()
    {
        var error = Should.Throw<DataFileException>(() => GoldReader.Parse("x", Minimal.Replace("  refers_to: first round\n", ""), "x.gold.yml"));
        error.File.ShouldBe("x.gold.yml");
        error.Message.ShouldContain("refers_to", Case.Insensitive);
    }

    [Fact]
    public void Top_level_keys_must_come_in_the_documented_order()
    {
        var swapped = Minimal.Replace("claims: []\nconflicts: []", "conflicts: []\nclaims: []");
        var error = Should.Throw<DataFileException>(() => GoldReader.Parse("x", swapped, "x.gold.yml"));
        error.Message.ShouldBe("x.gold.yml:24: expected top-level key 'claims' here, found 'conflicts'");
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_a_line() =>
        Should.Throw<DataFileException>(() => GoldReader.Parse("x", "metadata: [unclosed\n", "x.gold.yml")).Line.ShouldNotBeNull();
}
