using StaticBriefing.Annotation.Dates.Schema;

namespace StaticBriefing.Annotation.Dates;

/// <summary>The lexicon's words around a date that change its reading: attributive months, contract months, "today's" present.</summary>
internal static class TemporalContextBuilder
{
    public static void Add(TemporalLexicon lexicon, TemporalFile data, PhraseIds words)
    {
        lexicon.AttributiveMonthDeterminers.UnionWith(words.Set("attributive_month_determiners", data.AttributiveMonthDeterminers));
        lexicon.AttributiveMonthStops.UnionWith(words.Set("attributive_month_stops", data.AttributiveMonthStops));
        lexicon.ContractMonthNouns.UnionWith(words.Set("contract_month_nouns", data.ContractMonthNouns));
        lexicon.PresentEraNouns.UnionWith(words.Set("present_era_nouns", data.PresentEraNouns));
        foreach (var phrase in data.Possessives)
        {
            lexicon.Possessives.Add(words.Of("possessives", phrase), true);
        }
    }
}
