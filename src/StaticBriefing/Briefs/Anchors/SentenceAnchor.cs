using System.Security.Cryptography;
using System.Text;

namespace StaticBriefing.Briefs.Anchors;

/// <summary>
/// Stable sentence anchors: "s-" + the first 6 base32 characters (RFC 4648 alphabet, lower case)
/// of SHA-256 over the whitespace-normalised sentence. They depend on the words alone, so they
/// survive rebuilds, re-wrapping and annotation rule changes.
/// </summary>
public static class SentenceAnchor
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int Length = 6;

    public static string Of(string sentence)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(SentenceText.Normalise(sentence)));
        // 6 characters × 5 bits = 30 bits: the top of the first four bytes.
        var bits = (uint)hash[0] << 24 | (uint)hash[1] << 16 | (uint)hash[2] << 8 | hash[3];
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[(int)(bits >> (32 - 5 * (i + 1)) & 31)];
        }
        return "s-" + new string(chars);
    }

    /// <summary>"s-" + 6 base32 characters, optionally "-N" (N ≥ 2) for a repeated sentence.</summary>
    public static bool IsWellFormed(string anchor)
    {
        if (anchor.Length < 2 + Length || !anchor.StartsWith("s-", StringComparison.Ordinal))
        {
            return false;
        }
        if (!anchor.AsSpan(2, Length).ToString().All(c => Alphabet.Contains(c)))
        {
            return false;
        }
        var rest = anchor[(2 + Length)..];
        if (rest.Length == 0)
        {
            return true;
        }
        // A repeat: "-2", "-3", … (no leading zero, no "-1": the first occurrence has no suffix).
        return rest.Length is >= 2 and <= 6 && rest[0] == '-' && rest[1] is >= '1' and <= '9'
            && rest[2..].All(char.IsAsciiDigit) && rest != "-1";
    }
}
