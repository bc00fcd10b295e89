namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>One case of a demand or claim spec file (Specs/demands-*.yml, Specs/claims.yml).</summary>
public sealed class SpecCase
{
    public string Name { get; set; } = "";

    public List<string> Sentences { get; set; } = [];

    public List<SpecActor> Actors { get; set; } = [];

    public List<SpecQuote> Quotes { get; set; } = [];

    /// <summary>An inline issue list (issues.yml syntax) replacing input/issues.yml for this case.</summary>
    public string? Issues { get; set; }

    public List<SpecExpectation> Expect { get; set; } = [];

    public override string ToString() => Name;

    public sealed class SpecActor
    {
        public string Id { get; set; } = "";

        public string Party { get; set; } = "";

        public string Kind { get; set; } = "state";

        public List<string> Mentions { get; set; } = [];
    }

    public sealed class SpecQuote
    {
        public string Text { get; set; } = "";

        public string Speaker { get; set; } = "";
    }

    public sealed class SpecExpectation
    {
        public int Sentence { get; set; }

        public string? Party { get; set; }

        public string? Stance { get; set; }

        public string? Issue { get; set; }

        public string? Who { get; set; }

        public string? DisputedBy { get; set; }

        /// <summary>The exact text the annotation covers, when the case checks it.</summary>
        public string? Text { get; set; }
    }
}
