using System.Text;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Reading;

namespace StaticBriefing.Tests.Reading;

public class SeedDecoderTests
{
    private static string Decode(byte[] bytes, int max = 1000) => SeedDecoder.Decode(bytes, "seeds/x.txt", max);

    [Fact]
    public void Utf8_with_a_bom_and_crlf_becomes_plain_lf_text() =>
        Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Kyiv’s line\r\nnext\rlast")]).ShouldBe("Kyiv’s line\nnext\nlast");

    [Fact]
    public void Utf16_with_a_bom_is_decoded() =>
        Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Moscow said")]).ShouldBe("Moscow said");

    [Theory]
    [InlineData("")]
    [InlineData(" \n\r\n\t ")]
    public void Empty_input_is_refused(string text) =>
        Should.Throw<DataFileException>(() => Decode(Encoding.UTF8.GetBytes(text))).Message.ShouldBe("seeds/x.txt: the file is empty");

    [Fact]
    public void Nul_bytes_mean_binary_and_the_line_is_named() =>
        Should.Throw<DataFileException>(() => Decode([.. "line one\nline two "u8, 0x00, 0x01])).Message
            .ShouldBe("seeds/x.txt:2: binary content (NUL byte at offset 18)");

    [Fact]
    public void Control_characters_mean_binary() =>
        Should.Throw<DataFileException>(() => Decode([.. "ok\nbad "u8, 0x07])).Message.ShouldBe("seeds/x.txt:2: binary content (control character U+0007)");

    [Fact]
    public void Invalid_utf8_is_refused_with_its_line() =>
        Should.Throw<DataFileException>(() => Decode([.. "fine\nbroken "u8, 0xC3, 0x28])).Message.ShouldBe("seeds/x.txt:2: not valid UTF-8 text");

    [Fact]
    public void Huge_input_is_refused_before_decoding() =>
        Should.Throw<DataFileException>(() => Decode(new byte[2001], max: 2000)).Message.ShouldBe("seeds/x.txt: too large (2,001 bytes; the limit is 2,000)");

    [Fact]
    public void A_seed_file_over_the_limit_is_refused_by_the_reader()
    {
        var path = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, new byte[Readers.Rules.MaxBytes + 1]);
        try
        {
            Should.Throw<DataFileException>(() => Readers.Seed.ReadFile(path, "seeds/huge.txt")).Message.ShouldStartWith("seeds/huge.txt: too large");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
