/// Writes located events as KML 2.2 for Google Earth's time slider: a `TimeStamp` at the precision the
/// date is known (`2019-03-11`, `2019-03` for a month, `2019` for a year) or a `TimeSpan` for a range of
/// days; placemark descriptions with the evidence and sources; styles coloured by kind and sized by count.
public enum KMLWriter {
    public static func write(_ events: [StrikeEvent], title: String = "Reported strikes") -> String {
        var out = SVGText()
        out.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        out.add("<kml xmlns=\"http://www.opengis.net/kml/2.2\">")
        out.add("<Document><name>\(SVGText.escape(title))</name>")
        out.add("<description>Made with strikemap. \(SVGText.escape(DataCredits.line))</description>")
        for kind in StrikeKind.allCases {
            out.add("<Style id=\"\(kind.rawValue)\"><IconStyle><color>\(abgr(MapStyle.color(kind)))</color><Icon><href>http://maps.google.com/mapfiles/kml/shapes/shaded_dot.png</href></Icon></IconStyle><LabelStyle><scale>0.8</scale></LabelStyle></Style>")
        }
        for e in events.sorted(by: { ($0.date?.start ?? CalendarDay(ordinal: 0), $0.id) < ($1.date?.start ?? CalendarDay(ordinal: 0), $1.id) }) {
            guard let m = e.mention, !e.aggregate else { continue }
            out.add("<Placemark id=\"\(SVGText.escape(e.id))\"><name>\(SVGText.escape(m.place.name))</name>")
            if let d = e.date { out.add(time(d)) }
            out.add("<styleUrl>#\(e.kind.rawValue)</styleUrl>")
            // Size by count: area grows with the strikes, as on the map.
            let scale = e.strikes.map { min(3.0, 0.7 + 0.25 * Double($0).squareRoot()) } ?? 0.8
            out.add("<Style><IconStyle><scale>\(JSONText.format(scale, decimals: 2))</scale></IconStyle></Style>")
            out.add("<description>\(SVGText.escape(MapStyle.tooltip(e)))</description>")
            out.add("<ExtendedData>" + Self.extendedData.compactMap { f in
                f.value(e).map { "<Data name=\"\(f.name)\"><value>\(SVGText.escape($0.text()))</value></Data>" }
            }.joined() + "</ExtendedData>")
            out.add("<Point><coordinates>\(JSONText.format(m.coordinate.longitude, decimals: 6)),\(JSONText.format(m.coordinate.latitude, decimals: 6)),0</coordinates></Point></Placemark>")
        }
        out.add("</Document></kml>")
        return out.text
    }

    /// The properties a placemark carries as data, besides its name, time, style and description.
    static let extendedData: [EventField] = [.strikes, .kind, .actor, .geoPrecision, .datePrecision, .sources]

    /// `TimeStamp` at the date's precision, or `TimeSpan` for a range that is not a whole month or year.
    static func time(_ d: DateSpan) -> String {
        let wholeMonth = d.start.day == 1 && d.end == d.start.lastDayOfMonth
        let wholeYear = d.start.month == 1 && d.start.day == 1 && d.end.month == 12 && d.end.day == 31 && d.end.year == d.start.year
        if d.start == d.end { return "<TimeStamp><when>\(d.start)</when></TimeStamp>" }
        if wholeYear { return "<TimeStamp><when>\(d.start.year)</when></TimeStamp>" }
        if wholeMonth { return "<TimeStamp><when>\(String(d.start.description.prefix(7)))</when></TimeStamp>" }
        return "<TimeSpan><begin>\(d.start)</begin>" + (d.openEnded ? "" : "<end>\(d.end)</end>") + "</TimeSpan>"
    }

    /// "#c0392b" to KML's aabbggrr.
    static func abgr(_ hex: String) -> String {
        let h = Array(hex.dropFirst())
        return "ff" + String(h[4...5]) + String(h[2...3]) + String(h[0...1])
    }
}
