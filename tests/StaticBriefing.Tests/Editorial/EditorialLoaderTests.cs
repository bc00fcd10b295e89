using StaticBriefing.Editorial;

namespace StaticBriefing.Tests.Editorial;

/// <summary>The repository's own input/ loads, and briefs are checked against its actors, issues and parties.</summary>
public class EditorialLoaderTests
{
    [Fact]
    public void The_repository_input_folder_loads()
    {
        var data = EditorialLoader.Load(RepositoryPaths.Root);
        data.Pages.Select(p => p.Slug).ShouldBe(["about", "method"]);
        data.Vocabulary.Parties.ShouldContainKey("ukraine");
        data.Vocabulary.PartyLabel("usa").ShouldBe("United States");
        data.Vocabulary.Actors.Count.ShouldBe(data.Knowledge.Actors.Actors.Count);
        data.Vocabulary.Issues.Count.ShouldBe(data.Knowledge.Demands.Issues.Count);
        data.Vocabulary.Issues.ShouldContainKey("ceasefire");
    }
}
