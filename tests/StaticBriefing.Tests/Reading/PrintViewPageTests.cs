namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented newspaper article saved from its print view: the print tool's furniture (the text-size
/// control, the print stamp, the use notice, the heading of the appended link list, the reproduction
/// notice, the company's registration line, the page counter) is not text, and the control above the
/// headline is not the title.
/// </summary>
public class PrintViewPageTests
{
    private const string Headline = "Harbour talks extend the grain corridor into the summer";
    private const string Body = "Negotiators from Vantreck and Northwind agreed on Tuesday to keep the grain corridor open, the first result of the round[1].";
    private const string Second = "The harbour master said the convoys would resume as soon as the mines are cleared from the northern channel.";

    private static string Page() => string.Join("\n",
        "THE NORTHWIND HERALD", "Print this page | Close window | Back to article", "Font size: A+ A-",
        "Printed on 03/05/2027 at 14:12. For personal, non-commercial use only.", "",
        Headline, "", "By Ines Roa", "Tue May 2 2027 - 08:00", "", Body, "", Second, "",
        "Links in this story:", "[1] https://www.northwindherald.example/world/corridor-1.234",
        "© 2027 The Northwind Herald Ltd. All rights reserved.",
        "No part of this publication may be copied without the written permission of the publisher.",
        "The Northwind Herald Ltd, registered in Northwind No. 12345, 1 Quay Street, Port Alder.",
        "Page 2 of 2", "");

    [Fact]
    public void The_print_tools_furniture_is_not_text_and_not_the_title()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }
}
