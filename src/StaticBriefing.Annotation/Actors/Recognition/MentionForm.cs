namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>How a mention names its actor; it decides which overlapping mentions survive.</summary>
internal enum MentionForm
{
    /// <summary>A name ("Dmitry Peskov", "Kremlin").</summary>
    Name,

    /// <summary>A nominal description ("the Russian president", "Kyiv’s delegation").</summary>
    Description,

    /// <summary>A name with its title or head ("Kremlin spokesperson Dmitry Peskov", "Tass agency"); the bare name stays a mention too.</summary>
    Extended,

    /// <summary>An apposition describing a named actor ("the chairman of …").</summary>
    Appositive,
}
