/// What the text says of a strike's report: who reports it and, where a body assessed it, its verdict.
/// A report of a strike is an event whatever its status: an allegation the striker denies, or one an
/// assessment finds not credible, is still a report a reader must be able to see and weigh.
public enum ReportStatus: String, Sendable, CaseIterable {
    /// A third party reports it (a monitor, a wire story, state media).
    case reported
    /// The striker's own report: coalition releases, ministry strike reports, "the coalition said it struck".
    case confirmed
    /// Reported as an allegation ("allegedly", "activists claimed", "accused ... of striking").
    case alleged
    /// An assessment's verdict: the strike happened as alleged (civilians were harmed by it).
    case credible
    /// An assessment's verdict against the allegation ("no Coalition actions were conducted in the
    /// geographical area", "insufficient information to assess its credibility").
    case notCredible = "not_credible"
    /// The alleged striker denies it.
    case denied
    /// An assessment has not concluded ("remains under investigation").
    case underInvestigation = "under_investigation"
    /// An assessment found the report to repeat one assessed before.
    case duplicate

    /// Which of two statuses a merge of reports of one strike keeps: a verdict over a claim, the striker's
    /// own word over a third party's.
    var rank: Int {
        switch self {
        case .reported: return 0
        case .alleged: return 1
        case .denied: return 2
        case .confirmed: return 3
        case .underInvestigation: return 4
        case .duplicate: return 5
        case .credible, .notCredible: return 6
        }
    }

    /// Drawn hollow on maps and timelines: the strike may not have happened as reported.
    public var isDisputed: Bool { self == .notCredible || self == .denied }
}

/// An assessing body's words about a report ("no Coalition actions were conducted in the geographical
/// area"), with their offsets in Unicode scalars into the decoded text, as `evidence` has.
public struct Assessment: Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
