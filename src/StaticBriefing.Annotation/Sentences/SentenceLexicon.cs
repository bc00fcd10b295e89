using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Sentences;

/// <summary>What the splitter knows (input/sentences.yml): words whose full stop does not end a sentence.</summary>
public sealed record SentenceLexicon(EquatableArray<string> Abbreviations)
{
    public static SentenceLexicon Empty { get; } = new(EquatableArray<string>.Empty);

    public static SentenceLexicon Parse(DataFile sentences)
    {
        var document = StrictYaml.Deserialize<SentencesDocument>(sentences.Text, sentences.Name);
        foreach (var abbreviation in document.Abbreviations)
        {
            if (string.IsNullOrWhiteSpace(abbreviation) || abbreviation.EndsWith('.') || abbreviation.Any(char.IsWhiteSpace))
            {
                throw new DataFileException(sentences.Name, null, "abbreviations",
                    $"'{abbreviation}' must be a single word written without its final full stop");
            }
        }
        return new SentenceLexicon(document.Abbreviations.ToEquatableArray());
    }
}
