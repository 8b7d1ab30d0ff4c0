/// Colours and symbol sizes shared by the static map and the timeline.
enum MapStyle {
    static let font = "Helvetica, Arial, 'Liberation Sans', sans-serif"

    static func color(_ kind: StrikeKind) -> String {
        switch kind {
        case .airstrike: return "#c0392b"
        case .droneStrike: return "#7d3c98"
        case .artillery: return "#d68910"
        case .missile: return "#1f618d"
        case .strike: return "#943126"
        }
    }

    static func label(_ kind: StrikeKind) -> String {
        switch kind {
        case .airstrike: return "Airstrike"
        case .droneStrike: return "Drone strike"
        case .artillery: return "Artillery, rockets"
        case .missile: return "Missile"
        case .strike: return "Strike (unspecified)"
        }
    }

    /// "1 airstrike", "3 drone strikes", "1 strike": a count and its kind's noun, agreeing in number.
    static func counted(_ n: Int, _ kind: StrikeKind) -> String {
        let noun: (one: String, many: String)
        switch kind {
        case .airstrike: noun = ("airstrike", "airstrikes")
        case .droneStrike: noun = ("drone strike", "drone strikes")
        case .artillery: noun = ("artillery or rocket strike", "artillery or rocket strikes")
        case .missile: noun = ("missile strike", "missile strikes")
        case .strike: noun = ("strike", "strikes")
        }
        return "\(n) " + (n == 1 ? noun.one : noun.many)
    }

    /// Path data of the diamond drawn for an event without a count (so it is not read as "one strike").
    static func diamond(_ p: (x: Double, y: Double), _ r: Double) -> String {
        "M\(SVGText.n(p.x)) \(SVGText.n(p.y - r))L\(SVGText.n(p.x + r)) \(SVGText.n(p.y))L\(SVGText.n(p.x)) \(SVGText.n(p.y + r))L\(SVGText.n(p.x - r)) \(SVGText.n(p.y))Z"
    }

    /// The symbol's tooltip: place, date, counts and the evidence sentence.
    /// The legend's words for a hollow symbol.
    static let disputedLabel = "denied, or assessed not credible"

    static func tooltip(_ e: StrikeEvent) -> String {
        var lines: [String] = []
        lines.append((e.mention?.place.name ?? e.regionText ?? "no single place") + (e.mention.map { " (as written: \($0.text))" } ?? ""))
        if let d = e.date { lines.append("Date: \(d.start)" + (d.end != d.start ? " to \(d.end)" : "")) } else if let t = e.dateText { lines.append("Date: \(t) (unresolved)") }
        if let n = e.strikes { lines.append("Strikes: \(n) (\(e.strikesQualifier.rawValue))") }
        if let a = e.actor { lines.append("By: \(a)") }
        if e.status != .reported || e.reportedBy != nil {
            lines.append("Status: \(String(e.status.rawValue.map { $0 == "_" ? " " : $0 }))" + (e.reportedBy.map { ", reported by \($0)" } ?? ""))
        }
        if let a = e.assessment { lines.append("Assessment: \(longer(a.text, than: 200) ? String(a.text.prefix(200)) + "…" : a.text)") }
        if let c = e.civilianDeaths.min ?? e.civilianDeaths.max { lines.append("Civilians killed: \(c)\(e.civilianDeaths.max.map { $0 != c ? "–\($0)" : "" } ?? "+")") }
        if let c = e.combatantDeaths.min ?? e.combatantDeaths.max { lines.append("Combatants killed: \(c)\(e.combatantDeaths.max.map { $0 != c ? "–\($0)" : "" } ?? "+")") }
        lines.append("Source: \(e.sources.joined(separator: ", "))")
        lines.append("“\(longer(e.evidence, than: 400) ? String(e.evidence.prefix(400)) + "…" : e.evidence)”")
        return lines.joined(separator: "\n")
    }

    /// Whether `text` has more than `limit` characters; a text of no more bytes has no more characters,
    /// and is not walked character by character.
    private static func longer(_ text: String, than limit: Int) -> Bool { text.utf8.count > limit && text.count > limit }
}
