using System.Text;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Reading;

namespace StaticBriefing.Annotating;

/// <summary>The readable 'annotate' output: metadata, then each kind of annotation with its text.</summary>
public static class AnnotationSummary
{
    public static string Render(Article? article, AnnotatedText annotated, ReferenceDate published)
    {
        var text = annotated.Text;
        var output = new StringBuilder();
        if (article is not null)
        {
            output.Append($"title:     {article.Title}{(article.TitleGenerated ? " (generated)" : "")}\n");
            output.Append($"outlet:    {article.Outlet ?? "-"}\n");
            output.Append($"author:    {article.Author ?? "-"}\n");
        }
        output.Append($"published: {published}{(article?.PublishedBasis is { } basis ? $" ({basis})" : "")}\n");
        output.Append($"text:      {text.Length} characters, {annotated.Sentences.Count} sentences\n");
        Section(output, "actors", annotated.Actors.Select(a =>
            $"{a.Name} [{a.Id}, {a.Party}{(a.Reviewed ? "" : ", unreviewed")}]: {string.Join(" | ", a.Mentions.Select(m => text[m.Start..m.End]).Distinct())}"));
        Section(output, "dates", annotated.Dates.Select(d =>
            $"{text[d.Start..d.End]} = {d.Value}{(d.Mod == TimexMod.None ? "" : " " + d.Mod.ToString().ToUpperInvariant())}{(d.Type == TimexType.Duration ? " (duration)" : "")}"));
        Section(output, "demands", annotated.Demands.Select(d =>
            $"{d.Party} {d.Stance.ToString().ToLowerInvariant()} {d.Issue}: “{text[d.Start..d.End]}”"));
        Section(output, "quotes", annotated.Quotes.Select(q => $"{q.SpeakerId ?? "?"}: “{text[q.Start..q.End]}”"));
        Section(output, "claims", annotated.Claims.Select(c => $"{c.Who}{(c.DisputedBy is null ? "" : $" (disputed by {c.DisputedBy})")}: {text[c.Start..c.End]}"));
        return output.ToString();
    }

    private static void Section(StringBuilder output, string name, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        output.Append($"\n{name} ({items.Count})\n");
        foreach (var line in items)
        {
            output.Append("  ").Append(line).Append('\n');
        }
    }
}
