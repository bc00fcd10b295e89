using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented association's bulletin saved from a mail client: transport headers (the Date: header
/// with its clock time and numeric zone dates the page), a caps masthead the copyright line writes in
/// its normal case ("Copyright (C) …"), a signature block that is the byline and stays in the text, and
/// the mailing footer after the "--" separator.
/// </summary>
public class MailBulletinPageTests
{
    private const string Headline = "HARBOUR ROUND: A WINTER CONVOY ON THE TABLE";
    private const string Lead = "The harbour round ended in Port Alder on Tuesday evening without a deal on the winter convoys.";
    private const string Point = "Northwind wants the corridor kept open all winter and refuses any inspection of its ships at sea.";

    private static string Page(string signature) => string.Join("\n",
        "From: ALTA Policy Desk <policy@alta.example>", "To: members@lists.alta.example",
        "Date: Thu, 4 Mar 2027 07:45:12 +0200", "Subject: [ALTA Weekly] Harbour round", "",
        "ALDER TRADERS' ASSOCIATION", "============================================================", "",
        Headline, "", Lead, "", Point, "", signature, "", "--",
        "You are receiving this bulletin because your company is a member of Alder Traders' Association.",
        "Unsubscribe: https://alta.example/u/1",
        "Copyright (C) 2027 Alder Traders' Association. All rights reserved.", "");

    [Fact]
    public void The_mail_headers_date_the_page_and_the_signature_is_the_byline()
    {
        var article = Readers.Read(Page("Marta Kovalenko\nHead of Policy, Trade Affairs\nAlder Traders' Association"));
        article.Published.ShouldBe(new ReferenceDate(2027, 3, 4));
        article.Outlet.ShouldBe("Alder Traders' Association");
        article.Author.ShouldBe("Marta Kovalenko");
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Lead}\n\n{Point}\n\nMarta Kovalenko\n\nHead of Policy, Trade Affairs\n\nAlder Traders' Association");
    }

    [Fact]
    public void A_page_without_mail_headers_has_no_signature_byline()
    {
        var article = Readers.Read(string.Join("\n", Page("Marta Kovalenko\nHead of Policy, Trade Affairs").Split('\n').Skip(5)));
        article.Author.ShouldBeNull();
    }
}
