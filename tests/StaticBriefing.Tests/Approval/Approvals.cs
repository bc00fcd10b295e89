using Xunit.Sdk;

namespace StaticBriefing.Tests.Approval;

/// <summary>
/// Approved files in Shouldly's spirit: tests/StaticBriefing.Tests/Approved/NAME.approved.EXT is
/// committed; a mismatch writes NAME.received.EXT beside it (git-ignored) and fails with the
/// commands to compare and to approve. Look at a received file before approving it.
/// </summary>
public static class Approvals
{
    public static string Folder => RepositoryPaths.Of("tests", "StaticBriefing.Tests", "Approved");

    /// <summary>name: "home.html" → Approved/home.approved.html.</summary>
    public static void ShouldMatchApproved(this string received, string name)
    {
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        var approvedPath = Path.Combine(Folder, $"{stem}.approved{extension}");
        var receivedPath = Path.Combine(Folder, $"{stem}.received{extension}");
        var text = received.ReplaceLineEndings("\n");
        if (File.Exists(approvedPath) && File.ReadAllText(approvedPath).ReplaceLineEndings("\n") == text)
        {
            File.Delete(receivedPath);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, text);
        var relativeReceived = Path.GetRelativePath(RepositoryPaths.Root, receivedPath);
        var relativeApproved = Path.GetRelativePath(RepositoryPaths.Root, approvedPath);
        throw new XunitException(File.Exists(approvedPath)
            ? $"{name} differs from its approved file. Compare: diff {relativeApproved} {relativeReceived}; if the change is right: mv {relativeReceived} {relativeApproved}"
            : $"{name} has no approved file yet. Read {relativeReceived}; if it is right: mv {relativeReceived} {relativeApproved}");
    }
}
