using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Views;

/// <summary>
/// Party colours: each party of the site gets a palette slot by its taxonomy order, so the theme
/// needs no party names. The party's name is always printed too; colour is never the only cue.
/// </summary>
public sealed record PartyStyles(EquatableArray<string> Order)
{
    public const int PaletteSize = 8;

    public string Class(string party)
    {
        for (var i = 0; i < Order.Count; i++)
        {
            if (Order[i] == party)
            {
                return $"party party-{i % PaletteSize}";
            }
        }
        return "party party-none";
    }
}
