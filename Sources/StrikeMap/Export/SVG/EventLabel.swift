/// How a map names the place of a group of events. `reports`: the name the reports use most (`mention`,
/// spaces tidied) where that name was itself resolved (geo_precision 1-2, or a part of a country the text
/// names: "southern Libya"), with the offset when one moved it ("40 km SW of Haditha"); a village placed in the unit around it is named with that unit ("Kafr
/// Nabudah (Hama)"); anything else by its conventional English name (`Exonyms`). `gazetteer`: the
/// gazetteer's own names, as GeoNames spells them.
public enum EventLabel: String, Sendable, CaseIterable {
    case reports, gazetteer

    func name(_ events: [StrikeEvent]) -> String {
        guard let first = events.first?.mention else { return "" }
        if self == .gazetteer { return first.place.name }
        var counts: [String: Int] = [:]
        // A place's events mostly write it alike: each spelling is tidied once.
        var tidied: [String: String] = [:]
        func tidy(_ text: String) -> String {
            if let t = tidied[text] { return t }
            let t = Self.tidy(text)
            tidied[text] = t
            return t
        }
        for k in events.indices {
            guard let m = events[k].mention else { continue }
            if m.isWithinUnit {
                counts[tidy(m.text) + " (" + Exonyms.name(for: m.place) + ")", default: 0] += 1
            } else if m.precision <= .nearPlace || (m.precision == .region && m.text != m.place.name) {
                counts[tidy(m.text), default: 0] += 1
            }
        }
        // Most used; ties: the shorter, then the first in alphabetical order (the same bytes every run).
        let best = counts.max { a, b in
            a.value != b.value ? a.value < b.value : a.key.count != b.key.count ? a.key.count > b.key.count : a.key > b.key
        }
        return best?.key ?? Exonyms.name(for: first.place)
    }

    /// Spaces collapsed; a name written in capitals ("MOSUL") in capitalised words.
    static func tidy(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        let joined = words.joined(separator: " ")
        guard joined.count > 3, joined == joined.uppercased(), joined != joined.lowercased() else { return joined }
        return words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
