using StaticBriefing.Annotation.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>Turns a spec case into detector input: the sentences joined by spaces, actor mentions found by their surface strings.</summary>
public sealed class SpecInput
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public SpecInput(SpecCase spec)
    {
        var sentences = new List<Sentence>();
        var text = "";
        foreach (var sentence in spec.Sentences)
        {
            if (text.Length > 0)
            {
                text += " ";
            }
            sentences.Add(new Sentence(sentences.Count, text.Length, text.Length + sentence.Length));
            text += sentence;
        }
        Text = text;
        Sentences = sentences.ToEquatableArray();
        Actors = spec.Actors.Select(actor => new ActorAnnotation(
            actor.Id, actor.Id, Kind(actor.Kind), actor.Party, "", true,
            actor.Mentions.SelectMany(Find).OrderBy(m => m.Start).ToEquatableArray())).ToEquatableArray();
        Quotes = spec.Quotes.SelectMany(quote => Find(quote.Text).Select(m => new QuoteAnnotation(m.Start, m.End, m.Sentence, quote.Speaker))).ToEquatableArray();
    }

    public string Text { get; }

    public EquatableArray<Sentence> Sentences { get; }

    public EquatableArray<ActorAnnotation> Actors { get; }

    public EquatableArray<QuoteAnnotation> Quotes { get; }

    public static Dictionary<string, List<SpecCase>> Load(string pattern)
    {
        var files = Directory.GetFiles(RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Specs"), pattern).Order();
        return files.ToDictionary(file => Path.GetFileName(file), file => Reader.Deserialize<SpecFile>(File.ReadAllText(file)).Cases)!;
    }

    public string Slice(int start, int end) => Text[start..end];

    private IEnumerable<Mention> Find(string surface)
    {
        for (var at = Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(surface, at + 1, StringComparison.Ordinal))
        {
            var end = at + surface.Length;
            var bounded = (at == 0 || !char.IsLetterOrDigit(Text[at - 1])) && (end == Text.Length || !char.IsLetterOrDigit(Text[end]));
            if (bounded)
            {
                yield return new Mention(at, end, Sentences.First(s => s.Start <= at && at < s.End).Index);
            }
        }
    }

    private static ActorKind Kind(string kind) => kind switch
    {
        "person" => ActorKind.Person,
        "organisation" => ActorKind.Organisation,
        "state" => ActorKind.State,
        _ => ActorKind.Other,
    };

    private sealed class SpecFile
    {
        public List<SpecCase> Cases { get; set; } = [];
    }
}
