/// The interactive map page (`strikemap web`, `run`'s map.html): one self-contained HTML file that makes
/// no network request. Leaflet (inlined, see `Leaflet`) draws the embedded basemap as vector layers and
/// the events as symbols sized by count and styled by kind and status, grouped when zoomed out; a time
/// slider, filters, popups with the evidence and a chart of strikes over time follow. The events travel
/// as columns (`WebMapColumns`: numbers, and text once per distinct string) inside a JSON script
/// element, with `<`, `>` and `&` escaped; the page sets article text with `textContent` only.
public struct WebMap: Sendable {
    public var basemap: Basemap
    public var gazetteer: Gazetteer
    public var title = "Reported strikes"
    /// How popups name places: the reports' names (default) or the gazetteer's.
    public var labels = EventLabel.reports
    /// Towns of at least this many people are drawn for orientation (the larger ones at lower zooms).
    public var minimumTownPopulation = 50_000

    public init(basemap: Basemap, gazetteer: Gazetteer) {
        self.basemap = basemap
        self.gazetteer = gazetteer
    }

    /// The page as text (`run`'s map.html, the tests); `write` hands it over in pieces.
    public func render(_ events: [StrikeEvent]) -> String {
        var bytes: [UInt8] = []
        // The sink only appends: nothing in it throws.
        try? write(events) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the page to `sink` in chunks of about a megabyte: the events as columns (`WebMapColumns`),
    /// the basemap and the towns of its extent, inside a JSON script element between the page's head
    /// and its scripts (`WebMapPage`). What the sink throws stops the writing.
    public func write(_ events: [StrikeEvent], to sink: @escaping ([UInt8]) throws -> Void) throws {
        let extent = Self.extent(events)
        let columns = WebMapColumns(events, labels: labels)
        var j = PageWriter(sink: sink)
        j.raw(WebMapPage.head(title: title))
        j.raw("{\"title\":"); j.string(title)
        j.raw(",\"kinds\":[")
        for (k, kind) in StrikeKind.allCases.enumerated() {
            j.raw(k == 0 ? "{\"id\":" : ",{\"id\":"); j.string(kind.rawValue)
            j.raw(",\"label\":"); j.string(MapStyle.label(kind))
            j.raw(",\"color\":"); j.string(MapStyle.color(kind)); j.raw("}")
        }
        j.raw("],\"statuses\":[")
        for (k, status) in ReportStatus.allCases.enumerated() {
            j.comma(k == 0)
            j.string(status.rawValue)
        }
        j.raw("],\"extent\":[")
        for (k, v) in [extent.west, extent.south, extent.east, extent.north].enumerated() { j.comma(k == 0); j.number(v, decimals: 3) }
        j.raw("],\"basemap\":")
        try writeBasemap(&j, extent, countries: Set(events.compactMap { $0.mention?.place.country }))
        j.raw(",\"towns\":")
        writeTowns(&j, extent)
        j.raw(",\"events\":")
        try columns.write(&j)
        j.raw("}")
        j.raw(WebMapPage.tail)
        try j.flush()
    }

    /// What the page covers, and so the basemap it carries and how far it pans: the located events with
    /// room around them, at least 16 degrees across (a town's country and its neighbours); without any,
    /// the static map's default theatre with as much room.
    static func extent(_ events: [StrikeEvent]) -> GeoBox {
        let points = events.compactMap { $0.mention?.coordinate }
        return (GeoBox(around: points) ?? MapRenderer.extent([])).padded(fraction: 0.25, minimumDegrees: 16)
    }
}
