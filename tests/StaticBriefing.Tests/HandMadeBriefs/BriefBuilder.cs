using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Tests.HandMadeBriefs;

/// <summary>
/// Builds hand-made Brief records for tests. Sentences get the contract's anchors (s- + base32 of
/// SHA-256 of the whitespace-normalised text); annotations find their sentence by their text.
/// </summary>
internal sealed class BriefBuilder(string id, string title)
{
    private const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";
    private readonly List<BriefSentence> sentences = [];
    private readonly List<BriefActor> actors = [];
    private readonly List<BriefMention> mentions = [];
    private readonly List<BriefDate> dates = [];
    private readonly List<BriefDemand> demands = [];
    private readonly List<BriefQuote> quotes = [];
    private readonly List<BriefClaim> claims = [];
    private string? outlet;
    private string? author;
    private ReferenceDate published = new(2025, 7, 22);
    private string? basis;
    private bool titleGenerated;

    public BriefBuilder By(string? outletName, string? authorName)
    {
        (outlet, author) = (outletName, authorName);
        return this;
    }

    public BriefBuilder Published(string iso, string? evidence = null)
    {
        ReferenceDate.TryParse(iso, out var date).ShouldBeTrue();
        (published, basis) = (date!, evidence);
        return this;
    }

    public BriefBuilder GeneratedTitle()
    {
        titleGenerated = true;
        return this;
    }

    public BriefBuilder Paragraph(params string[] texts)
    {
        var paragraph = sentences.Count == 0 ? 1 : sentences[^1].Paragraph + 1;
        foreach (var text in texts)
        {
            sentences.Add(new BriefSentence(AnchorFor(text), text, paragraph));
        }
        return this;
    }

    /// <summary>An actor, with a mention for each sentence containing one of the given surface strings.</summary>
    public BriefBuilder Actor(string actorId, string name, ActorKind kind, string party, string role, bool reviewed, params string[] surfaces)
    {
        actors.Add(new BriefActor(actorId, name, kind, party, role, reviewed));
        foreach (var sentence in sentences)
        {
            foreach (var surface in surfaces.Where(surface => ContainsWord(sentence.Text, surface)))
            {
                mentions.Add(new BriefMention(actorId, surface, sentence.Anchor));
            }
        }
        return this;
    }

    public BriefBuilder Date(string text, string value, TimexMod mod = TimexMod.None, TimexType type = TimexType.Date, int occurrence = 1)
    {
        dates.Add(new BriefDate(text, type, value, mod, SentenceWith(text, occurrence)));
        return this;
    }

    public BriefBuilder Demand(string party, string issue, Stance stance, string text, string? actorId = null)
    {
        demands.Add(new BriefDemand(party, issue, stance, text, SentenceWith(text), actorId));
        return this;
    }

    public BriefBuilder Quote(string? speaker, string text)
    {
        quotes.Add(new BriefQuote(speaker, text, SentenceWith(text)));
        return this;
    }

    public BriefBuilder Claim(string who, string text, string? disputedBy = null)
    {
        claims.Add(new BriefClaim(who, disputedBy, text, SentenceWith(text)));
        return this;
    }

    public Brief Build()
    {
        var metadata = new BriefMetadata(id, title, titleGenerated, outlet, author, published, basis, $"seeds/{id}.txt");
        var body = string.Join("\n\n", sentences.GroupBy(sentence => sentence.Paragraph)
            .Select(paragraph => string.Join(' ', paragraph.Select(sentence => $"[{sentence.Text}]{{#{sentence.Anchor}}}"))));
        var markdown = $"---\nid: {id}\ntitle: \"{title}\"\npublished: {published}\nsource: seeds/{id}.txt\n---\n\n{body}\n";
        return new Brief(
            metadata,
            actors.ToEquatableArray(),
            sentences.ToEquatableArray(),
            mentions.ToEquatableArray(),
            dates.ToEquatableArray(),
            demands.ToEquatableArray(),
            quotes.ToEquatableArray(),
            claims.ToEquatableArray(),
            body,
            markdown,
            $"seeds/{id}.txt");
    }

    private string SentenceWith(string text, int occurrence = 1) =>
        sentences.Where(sentence => sentence.Text.Contains(text, StringComparison.Ordinal)).Skip(occurrence - 1).FirstOrDefault()?.Anchor
        ?? throw new InvalidOperationException($"no sentence of {id} contains '{text}'");

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }
        return false;
    }

    private string AnchorFor(string text)
    {
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalised));
        var bits = new StringBuilder();
        for (var i = 0; i < 6; i++)
        {
            var bitIndex = i * 5;
            var value = ((hash[bitIndex / 8] << 8) | hash[(bitIndex / 8) + 1]) >> (11 - (bitIndex % 8)) & 31;
            bits.Append(Base32[value]);
        }
        var anchor = "s-" + bits;
        var repeats = sentences.Count(sentence => sentence.Anchor == anchor || sentence.Anchor.StartsWith(anchor + "-", StringComparison.Ordinal));
        return repeats == 0 ? anchor : anchor + "-" + (repeats + 1).ToString(CultureInfo.InvariantCulture);
    }
}
