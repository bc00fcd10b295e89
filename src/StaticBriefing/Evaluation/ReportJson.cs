using System.Text.Json;
using System.Text.Json.Nodes;

namespace StaticBriefing.Evaluation;

/// <summary>The evaluation as JSON: totals per kind and every seed with its misses, stable key order.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Render(EvaluationReport report)
    {
        var root = new JsonObject
        {
            ["totals"] = new JsonObject
            {
                ["metadata"] = Of(report.Metadata),
                ["actors"] = Of(report.Actors),
                ["mentions"] = Of(report.Mentions),
                ["mentions_out_of_scope"] = report.MentionsOutOfScope,
                ["dates"] = Of(report.Dates),
                ["date_values"] = Of(report.DateValues),
                ["demands"] = Of(report.Demands),
                ["claims"] = Of(report.Claims),
                ["claim_speakers"] = Of(report.ClaimSpeakers),
                ["claim_disputed_by"] = Of(report.ClaimDisputedBy),
                ["boilerplate_remaining"] = report.BoilerplateRemaining,
                ["demand_sentences_lost"] = report.DemandSentencesLost,
            },
            ["seeds"] = new JsonArray([.. report.Seeds.Select(Of)]),
        };
        return root.ToJsonString(Indented) + "\n";
    }

    private static JsonObject Of(SeedScore seed) => new()
    {
        ["id"] = seed.Id,
        ["note"] = seed.Note,
        ["metadata"] = new JsonArray([.. seed.Metadata.Select(f => new JsonObject
        {
            ["field"] = f.Field, ["expected"] = f.Expected, ["actual"] = f.Actual, ["right"] = f.IsRight,
        })]),
        ["actors"] = Of(seed.Actors),
        ["mentions"] = Of(seed.Mentions),
        ["mentions_out_of_scope"] = seed.MentionsOutOfScope,
        ["dates"] = Of(seed.Dates),
        ["date_values"] = Of(seed.DateValues),
        ["wrong_date_values"] = Strings(seed.WrongDateValues),
        ["demands"] = Of(seed.Demands),
        ["claims"] = Of(seed.Claims.Sentences),
        ["claim_speakers"] = Of(seed.Claims.Speakers),
        ["wrong_claim_speakers"] = Strings(seed.Claims.WrongSpeakers),
        ["claim_disputed_by"] = Of(seed.Claims.DisputedBy),
        ["wrong_claim_disputed_by"] = Strings(seed.Claims.WrongDisputedBy),
        ["boilerplate_remaining"] = Strings(seed.BoilerplateRemaining),
        ["demand_sentences_lost"] = Strings(seed.DemandSentencesLost),
    };

    private static JsonObject Of(KindScore score)
    {
        var node = Of(score.Tally);
        node["missed"] = Strings(score.Missed);
        node["spurious"] = Strings(score.Spurious);
        return node;
    }

    private static JsonObject Of(Tally tally) => new()
    {
        ["precision"] = Math.Round(tally.Precision, 4),
        ["recall"] = Math.Round(tally.Recall, 4),
        ["f1"] = Math.Round(tally.F1, 4),
        ["correct"] = tally.Correct,
        ["predicted"] = tally.Predicted,
        ["gold"] = tally.Gold,
    };

    private static JsonObject Of(Accuracy accuracy) => new()
    {
        ["accuracy"] = Math.Round(accuracy.Value, 4),
        ["correct"] = accuracy.Correct,
        ["total"] = accuracy.Total,
    };

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]);
}
