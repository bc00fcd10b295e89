namespace StaticBriefing.Reading;

/// <summary>
/// Picks the outlet from a page's evidence: the byline's "for OUTLET"; else a masthead whose publisher
/// the copyright line names (a copyright holder is often the publisher: "Northwind is made by Harbourstone Audio",
/// "© Beacon Media Trust" under "Beacon"); else the copyright holder, a writer widget naming an
/// outlet, the masthead, and last a furniture phrase naming the publication. A copyright holder who
/// is the author is no outlet; one whose name reads like a person's yields to the widget and the
/// masthead, and is kept only when nothing else names one. A masthead in capitals (a logo) takes the
/// case the copyright line writes the same name in ("QUILLON" over "© Quillon Media").
/// </summary>
public sealed class OutletChoice(ReadingRules rules)
{
    private readonly PersonNames persons = new(rules);

    public (string? Outlet, string? Basis) Choose(OutletEvidence evidence, string? author)
    {
        var copyright = evidence.Copyright is not null && persons.IsAuthor(evidence.Copyright, author) ? null : evidence.Copyright;
        var personal = copyright is not null && persons.Looks(copyright);
        var masthead = evidence.Masthead is { } m ? CaseFromCopyright(m, copyright) : null;
        (string? Name, string Basis)[] candidates =
        [
            (evidence.Byline, "byline"), (evidence.MastheadOverPublisher ? masthead : null, "masthead"),
            (personal ? null : copyright, "copyright line"), (evidence.Widget, "writer widget"),
            (masthead, "masthead"), (copyright, "copyright line"), (evidence.Furniture, "site furniture"),
        ];
        var chosen = candidates.FirstOrDefault(c => c.Name is not null);
        return (rules.LegalSuffixes.StripName(chosen.Name), chosen.Name is null ? null : chosen.Basis);
    }

    private static string CaseFromCopyright(string masthead, string? copyright)
    {
        if (copyright is null || masthead.Any(char.IsLower) || !masthead.Any(char.IsLetter))
        {
            return masthead;
        }
        var words = masthead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var holder = copyright.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var leading = string.Join(' ', holder.Take(words.Length));
        if (NameKey.Of(leading) == NameKey.Of(masthead))
        {
            return leading;
        }
        // A brand of the holder ("FRAMEPOINT VIDEO" over "Framepoint Media"): the shared first word as the holder writes it, the rest in title case.
        return NameKey.Of(words[0]) == NameKey.Of(holder[0]) && words[1..].All(word => word.All(char.IsLetter))
            ? string.Join(' ', [holder[0], .. words[1..].Select(word => word[..1] + word[1..].ToLowerInvariant())])
            : masthead;
    }
}
