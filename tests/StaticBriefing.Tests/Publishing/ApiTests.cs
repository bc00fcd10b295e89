using System.Text.Json;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing;
using StaticBriefing.Publishing.Api;
using StaticBriefing.Publishing.Timeline;

namespace StaticBriefing.Tests.Publishing;

public class ApiTests
{
    private static IEnumerable<PublishedFile> Files(IReadOnlyList<Brief> briefs)
    {
        var events = TimelineEvents.From(briefs, AbsoluteUrls.For(SampleBriefs.Settings));
        yield return BriefsApi.Create(briefs, SampleBriefs.Settings);
        yield return ActorsApi.Create(briefs, SampleBriefs.Settings, SampleBriefs.Taxonomy);
        yield return DemandsApi.Create(briefs, SampleBriefs.Settings, SampleBriefs.Taxonomy);
        yield return TimelineApi.Create(events, briefs, SampleBriefs.Settings);
    }

    private static JsonElement Parse(PublishedFile file) => JsonDocument.Parse(file.Content).RootElement;

    [Fact]
    public void Every_file_is_versioned_json_with_a_final_newline_and_no_carriage_returns()
    {
        foreach (var file in Files(SampleBriefs.Both))
        {
            file.Path.ShouldStartWith("api/");
            file.Content.ShouldEndWith("}\n");
            file.Content.ShouldNotContain("\r");
            Parse(file).GetProperty("version").GetInt32().ShouldBe(1);
            Parse(file).GetProperty("base_url").GetString().ShouldBe("https://briefing.example.org/");
        }
    }

    [Fact]
    public void Every_citation_names_an_existing_sentence_of_its_brief_and_its_absolute_url()
    {
        var anchors = SampleBriefs.Both.ToDictionary(b => b.Metadata.Id, b => b.Sentences.Select(s => s.Anchor).ToHashSet());
        var count = 0;
        foreach (var file in Files(SampleBriefs.Both))
        {
            foreach (var citation in Descendants(Parse(file)).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("anchor", out _) && e.TryGetProperty("brief_id", out _)))
            {
                var brief = citation.GetProperty("brief_id").GetString()!;
                var anchor = citation.GetProperty("anchor").GetString()!;
                anchors[brief].ShouldContain(anchor);
                citation.GetProperty("url").GetString().ShouldBe($"https://briefing.example.org/briefs/{brief}/#{anchor}");
                citation.GetProperty("sentence").GetString().ShouldNotBeNullOrEmpty();
                count++;
            }
        }
        count.ShouldBeGreaterThan(8);
    }

    [Fact]
    public void Briefs_json_lists_briefs_newest_first_with_every_sentence_deep_linked()
    {
        var briefs = Parse(BriefsApi.Create(SampleBriefs.Both, SampleBriefs.Settings)).GetProperty("briefs");
        briefs.EnumerateArray().Select(b => b.GetProperty("id").GetString()).ShouldBe(["001_bbbb", "000_aaaa"]);
        var older = briefs[1];
        older.GetProperty("published").GetString().ShouldBe("2025-07-22");
        older.GetProperty("markdown_url").GetString().ShouldBe("https://briefing.example.org/briefs/000_aaaa.md");
        older.GetProperty("issues").EnumerateArray().Select(i => i.GetString()).ShouldBe(["ceasefire"]);
        older.GetProperty("sentences")[2].GetProperty("url").GetString().ShouldBe("https://briefing.example.org/briefs/000_aaaa/#s-cccccc");
        briefs[0].GetProperty("outlet").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Actors_json_merges_taxonomy_aliases_and_gathers_mentions_quotes_and_demands()
    {
        var actors = Parse(ActorsApi.Create(SampleBriefs.Both, SampleBriefs.Settings, SampleBriefs.Taxonomy)).GetProperty("actors");
        actors.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["alpha-leader", "gamma-reporter"]);
        var alpha = actors[0];
        alpha.GetProperty("party_name").GetString().ShouldBe("Alpha");
        alpha.GetProperty("kind").GetString().ShouldBe("person");
        alpha.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldBe(["A. Leader", "the Alpha president"]);
        alpha.GetProperty("quotes")[0].GetProperty("text").GetString().ShouldBe("talks will be held");
        alpha.GetProperty("demands")[0].GetProperty("stance").GetString().ShouldBe("rejects");
        alpha.GetProperty("url").GetString().ShouldBe("https://briefing.example.org/actors/alpha-leader/");
        var gamma = actors[1];
        gamma.GetProperty("reviewed").GetBoolean().ShouldBeFalse();
        gamma.GetProperty("name").GetString().ShouldBe("Gamma <Reporter>");
        gamma.GetProperty("party_name").GetString().ShouldBe("none");
    }

    [Fact]
    public void Demands_json_groups_positions_by_issue_and_orders_them_by_party()
    {
        var issue = Parse(DemandsApi.Create(SampleBriefs.Both, SampleBriefs.Settings, SampleBriefs.Taxonomy)).GetProperty("issues")[0];
        issue.GetProperty("label").GetString().ShouldBe("Ceasefire");
        issue.GetProperty("url").GetString().ShouldBe("https://briefing.example.org/demands/ceasefire/");
        var positions = issue.GetProperty("positions").EnumerateArray().ToList();
        positions.Select(p => p.GetProperty("party").GetString()).ShouldBe(["alpha", "beta"]);
        positions[1].GetProperty("stance").GetString().ShouldBe("demands");
        positions[1].GetProperty("actor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Timeline_json_merges_the_same_date_from_two_briefs_and_skips_durations()
    {
        var events = Parse(TimelineApi.Create(TimelineEvents.From(SampleBriefs.Both, AbsoluteUrls.For(SampleBriefs.Settings)), SampleBriefs.Both, SampleBriefs.Settings))
            .GetProperty("events").EnumerateArray().ToList();
        events.Select(e => e.GetProperty("key").GetString()).ShouldBe(["2022-after", "2025-07-23", "2025-08-end"]);
        var talks = events[1];
        talks.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("citation").GetProperty("brief_id").GetString()).ShouldBe(["000_aaaa", "001_bbbb"]);
        var late = events[2];
        late.GetProperty("start").GetString().ShouldBe("2025-08-21");
        late.GetProperty("end").GetString().ShouldBe("2025-08-31");
        late.GetProperty("label").GetString().ShouldBe("21–31 Aug 2025");
        late.GetProperty("mod").GetString().ShouldBe("end");
        late.GetProperty("precision").GetString().ShouldBe("month");
    }

    [Fact]
    public void Output_is_the_same_bytes_whatever_the_input_order()
    {
        var forward = Files(SampleBriefs.Both).ToList();
        var backward = Files(SampleBriefs.Both.Reverse().ToList()).ToList();
        backward.ShouldBe(forward);
    }

    [Fact]
    public void Article_text_is_kept_verbatim_in_json_strings()
    {
        var briefs = Parse(BriefsApi.Create(SampleBriefs.Both, SampleBriefs.Settings)).GetProperty("briefs");
        briefs[0].GetProperty("title").GetString().ShouldBe(SampleBriefs.Hostile);
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
