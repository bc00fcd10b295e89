using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>Every actor mention of a text in order of start, to ask which one starts or spans a place.</summary>
internal sealed class MentionLookup
{
    private readonly List<(int Start, int End, ActorAnnotation Actor)> mentions;

    public MentionLookup(EquatableArray<ActorAnnotation> actors)
    {
        mentions = [.. actors.SelectMany(actor => actor.Mentions.Select(mention => (mention.Start, mention.End, actor)))];
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
    }

    /// <summary>The longest mention starting exactly at <paramref name="start"/>, if any.</summary>
    public (int End, ActorAnnotation Actor)? At(int start)
    {
        var index = SortedSearch.FirstIndexFrom(mentions, start, mention => mention.Start);
        return index < mentions.Count && mentions[index].Start == start ? (mentions[index].End, mentions[index].Actor) : null;
    }
}
