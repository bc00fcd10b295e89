using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;

namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>input/temporal.yml is read strictly: every mistake is a one-line error naming file, line and field.</summary>
public class TemporalLexiconTests
{
    private static readonly string Valid = File.ReadAllText(RepositoryPaths.Of("input", "temporal.yml"));

    [Fact]
    public void The_repository_data_loads()
    {
        var lexicon = TemporalLexicon.Parse(new DataFile("input/temporal.yml", Valid));
        lexicon.ShouldBe(TemporalLexicon.Parse(new DataFile("input/temporal.yml", Valid)));
    }

    [Fact]
    public void An_unknown_key_is_an_error_with_its_line()
    {
        var text = Valid.Replace("ago_words:", "ago_wordz:", StringComparison.Ordinal);
        var error = Should.Throw<DataFileException>(() => Parse(text));
        error.File.ShouldBe("input/temporal.yml");
        error.Line.ShouldBe(LineOf(text, "ago_wordz:"));
        error.Message.ShouldStartWith($"input/temporal.yml:{error.Line}:");
    }

    [Fact]
    public void A_missing_field_is_an_error_with_a_line()
    {
        var text = Valid.Replace("  - { number: 5, names: [May], abbreviations: [] }", "  - { number: 5, names: [May] }", StringComparison.Ordinal);
        var error = Should.Throw<DataFileException>(() => Parse(text));
        error.Line.ShouldBe(LineOf(text, "number: 5,"));
        error.Message.ShouldContain("abbreviations", Case.Insensitive);
    }

    [Fact]
    public void A_missing_section_is_an_error()
    {
        var text = Valid.Replace("weekend_words: [weekend]", "", StringComparison.Ordinal);
        var error = Should.Throw<DataFileException>(() => Parse(text));
        error.Line.ShouldNotBeNull();
        error.Message.ShouldContain("weekend", Case.Insensitive);
    }

    [Fact]
    public void A_month_number_out_of_range_names_its_line()
    {
        var text = Valid.Replace("number: 12, names: [December", "number: 13, names: [December", StringComparison.Ordinal);
        var error = Should.Throw<DataFileException>(() => Parse(text));
        error.Line.ShouldBe(LineOf(text, "number: 13"));
        error.Field.ShouldBe("months");
    }

    [Fact]
    public void An_unknown_modifier_is_an_error_with_its_line()
    {
        var text = Valid.Replace("  early: START", "  early: STRAT", StringComparison.Ordinal);
        var error = Should.Throw<DataFileException>(() => Parse(text));
        error.Line.ShouldBe(LineOf(text, "early: STRAT"));
    }

    [Fact]
    public void A_modifier_in_the_wrong_table_is_refused()
    {
        var text = Valid.Replace("  since: AFTER", "  since: START", StringComparison.Ordinal);
        var error = Should.Throw<DataFileException>(() => Parse(text));
        error.Field.ShouldBe("open_ends");
        error.Line.ShouldBe(LineOf(text, "since: START"));
    }

    [Fact]
    public void An_unknown_reference_value_is_refused()
    {
        var text = Valid.Replace("  recently: PAST_REF", "  recently: BEFORE_REF", StringComparison.Ordinal);
        var error = Should.Throw<DataFileException>(() => Parse(text));
        error.Field.ShouldBe("references");
        error.Line.ShouldBe(LineOf(text, "recently: BEFORE_REF"));
    }

    [Theory]
    [InlineData("fortnight")]
    [InlineData("3")]
    public void An_unknown_unit_counted_from_the_last_named_day_is_refused(string unit)
    {
        var text = Valid.Replace("  the day before: { offset: -1, unit: day }", $"  the day before: {{ offset: -1, unit: {unit} }}", StringComparison.Ordinal);
        var error = Should.Throw<DataFileException>(() => Parse(text));
        error.Field.ShouldBe("from_last_named_day");
        error.Line.ShouldBe(LineOf(text, "the day before: {"));
    }

    [Fact]
    public void A_phrase_with_digits_is_refused()
    {
        var text = Valid.Replace("  yesterday: { offset: -1 }", "  yesterday 2: { offset: -1 }", StringComparison.Ordinal);
        Should.Throw<DataFileException>(() => Parse(text)).Message.ShouldContain("digits");
    }

    [Theory]
    [InlineData("names: [Halloween], month: 10, day: 31", "names: [Halloween], month: 11, day: 31", "day")]
    [InlineData("names: [Valentine's Day, Valentine’s Day], month: 2, day: 14", "names: [Valentine's Day, Valentine’s Day], month: 2, day: 29", "day")]
    [InlineData("names: [Orthodox Easter, Orthodox Easter Sunday], easter: orthodox", "names: [Orthodox Easter, Orthodox Easter Sunday], easter: julian", "easter")]
    [InlineData("names: [Labor Day], month: 9, weekday: 1, nth: 1", "names: [Labor Day], month: 9, weekday: 1, nth: 6", "holidays")]
    [InlineData("names: [Victory Day], month: 5, day: 9", "names: [Victory Day], day: 9", "month")]
    public void A_bad_holiday_rule_names_its_line(string good, string bad, string field)
    {
        Valid.ShouldContain(good);
        var text = Valid.Replace(good, bad, StringComparison.Ordinal);
        var error = Should.Throw<DataFileException>(() => Parse(text));
        error.Line.ShouldBe(LineOf(text, bad));
        error.Field.ShouldBe(field);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        Should.Throw<DataFileException>(() => Parse("")).File.ShouldBe("input/temporal.yml");
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_its_line()
    {
        var text = Valid.Replace("ambiguous_months: [May, March]", "ambiguous_months: [May, March", StringComparison.Ordinal);
        Should.Throw<DataFileException>(() => Parse(text)).Line.ShouldNotBeNull();
    }

    private static TemporalLexicon Parse(string text) => TemporalLexicon.Parse(new DataFile("input/temporal.yml", text));

    private static int LineOf(string text, string needle) => text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
