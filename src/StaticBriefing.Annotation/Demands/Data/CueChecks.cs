using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>Shared checks for lexicon files: every cue compiles, names are known, each error names its line.</summary>
public sealed class CueChecks(DataFile file, YamlLines lines)
{
    public DataFileException Error(string value, string field, string problem) =>
        new(file.Name, lines.LineOf(value), field, problem);

    public EquatableArray<string> Cues(IEnumerable<string>? cues, string field)
    {
        var list = new List<string>();
        foreach (var cue in cues ?? [])
        {
            if (CuePattern.Compile(cue, out var problem) is null)
            {
                throw Error(cue, field, problem ?? "malformed cue");
            }
            list.Add(cue);
        }
        return list.ToEquatableArray();
    }

    public Stance Stance(string value, string field) => value switch
    {
        "demands" => Model.Stance.Demands,
        "proposes" => Model.Stance.Proposes,
        "rejects" => Model.Stance.Rejects,
        "accepts" => Model.Stance.Accepts,
        "offers" => Model.Stance.Offers,
        _ => throw Error(value, field, $"unknown stance '{value}' (use demands, proposes, rejects, accepts or offers)"),
    };
}
