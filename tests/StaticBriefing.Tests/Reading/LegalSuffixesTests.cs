using StaticBriefing.Annotation.Data;
using StaticBriefing.Reading;

namespace StaticBriefing.Tests.Reading;

/// <summary>Company forms from reading.yml come off a name, and only off its end after a word.</summary>
public class LegalSuffixesTests
{
    private static readonly LegalSuffixes Forms = Readers.Rules.LegalSuffixes;

    [Theory]
    [InlineData("Havnebladet Sp. z o.o.", "Havnebladet")]
    [InlineData("Havnebladet Media GmbH & Co. KG", "Havnebladet Media")]
    [InlineData("Havnebladet, Inc.", "Havnebladet")]
    [InlineData("Havnebladet Pty Ltd", "Havnebladet")]
    [InlineData("Havnebladet", "Havnebladet")]
    [InlineData("SA Fishing Weekly", "SA Fishing Weekly")]
    [InlineData("Havnebladet SAGA", "Havnebladet SAGA")]
    [InlineData("Havnebladet ag", "Havnebladet ag")]
    public void A_company_form_comes_off_the_end_of_a_name(string name, string expected) =>
        Forms.StripName(name).ShouldBe(expected);

    [Theory]
    [InlineData("© 2025 Havnebladet Ltd. All rights reserved.", "© 2025 Havnebladet. All rights reserved.")]
    [InlineData("© Havnebladet S.A. 2025", "© Havnebladet 2025")]
    [InlineData("© 2025 Havnebladet Sp. z o.o.", "© 2025 Havnebladet")]
    public void A_copyright_line_keeps_a_form_s_stop_only_where_it_ends_a_sentence(string line, string expected) =>
        Forms.Strip(line).ShouldBe(expected);

    [Fact]
    public void An_empty_form_is_a_data_error() =>
        Should.Throw<DataFileException>(() => LegalSuffixes.Compile(["."], "input/reading.yml", "metadata.legal_suffixes"))
            .Message.ShouldContain("metadata.legal_suffixes");

    [Fact]
    public void A_long_run_of_spaces_is_cheap() =>
        Forms.Strip("Havnebladet" + new string(' ', 1_000_000) + "x").Length.ShouldBe(1_000_012);
}
