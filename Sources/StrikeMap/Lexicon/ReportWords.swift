/// How a report counts its strikes, refers back to them and says what they hit.
struct ReportWords: Sendable {
    /// Words that may stand between a count and its trigger ("17 US-led coalition airstrikes").
    let countModifiers: WordSet
    /// Between a count and its trigger, these make it a comparison ("a thousand fewer strikes"), not a report.
    let comparatives: WordSet
    /// Before a trigger, these make it a reference to strikes reported before ("the January 18th strikes").
    let definiteWords: WordSet
    /// "destroying 20 oil tanker trucks, six oil wellheads": the verbs whose object is what was hit.
    let targetingVerbs: WordSet

    init(_ r: inout WordRegistry) {
        countModifiers = r.set([
            "us", "u", "s", ".", "-", "led", "coalition", "additional", "separate", "massive", "american", "new", "more",
            "precision", "heavy", "russian", "israeli", "turkish", "syrian", "iraqi", "allied", "further", "other", "air",
            "deadly", "fresh", "successful", "suspected", "apparent", "retaliatory", "total", "of", "the", "manned",
        ])
        comparatives = r.set(["fewer", "more", "less", "times"])
        definiteWords = r.set(["the", "those", "these", "that", "this", "its", "their", "our"])
        targetingVerbs = r.set(["destroying", "destroyed", "damaging", "damaged", "struck", "hitting", "targeting", "targeted"])
    }
}
