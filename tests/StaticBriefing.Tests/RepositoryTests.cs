namespace StaticBriefing.Tests;

public class RepositoryTests
{
    [Fact]
    public void Seeds_folder_holds_the_five_articles() =>
        Directory.GetFiles(RepositoryPaths.Of("seeds"), "*.txt").Length.ShouldBe(5);
}
