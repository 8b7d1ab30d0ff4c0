import XCTest
@testable import StrikeMap
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Panels, label collisions and what the map says about bad input.
final class MapLayoutTests: XCTestCase {
    private let renderer = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)

    /// Events at the gazetteer's Syrian and Iraqi towns: a dense map.
    private func denseEvents(_ count: Int) -> [StrikeEvent] {
        let towns = EmbeddedGazetteer.shared.places.filter { ["SY", "IQ"].contains($0.country) && $0.kind == .populated && $0.population > 20_000 }
        return (0..<count).map { k in
            let place = towns[k % towns.count]
            var e = StrikeEvent(id: "e\(k)", source: "d\(k % 7).txt", published: nil, evidence: "Strikes near \(place.name).", evidenceStart: 0, evidenceEnd: 10)
            e.location = .point(PlaceMention(text: place.name, start: 0, end: 0, place: place))
            e.strikes = 1 + k % 9
            e.kind = k % 3 == 0 ? .artillery : .airstrike
            return e
        }
    }

    /// An attribute's value (FoundationXML's attribute(forName:) misses them under a default namespace).
    private func attr(_ e: XMLElement?, _ name: String) -> String? {
        e?.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    private func boxes(ofTextsIn svg: String) throws -> [(String, LabelBox)] {
        let doc = try XMLDocument(data: Data(svg.utf8))
        var out: [(String, LabelBox)] = []
        var texts: [XMLElement] = []
        func walk(_ e: XMLElement, inLabels: Bool) {
            let id = attr(e, "id") ?? ""
            let labels = inLabels || id.hasPrefix("labels") || id.hasPrefix("basemap-labels")
            if e.name == "text", labels { texts.append(e) }
            for child in e.children ?? [] { if let c = child as? XMLElement { walk(c, inLabels: labels) } }
        }
        if let root = doc.rootElement() { walk(root, inLabels: false) }
        for e in texts {
            guard let x = Double(attr(e, "x") ?? ""),
                  let y = Double(attr(e, "y") ?? "") else { continue }
            let name = e.stringValue ?? ""
            let parentSize = attr(e.parent as? XMLElement, "font-size")
            let size = Double(attr(e, "font-size") ?? parentSize ?? "12") ?? 12
            let bold = attr(e, "font-weight") == "bold"
            let spacing = Double(attr(e, "letter-spacing") ?? "0") ?? 0
            let w = SVGText.width(name, size: size, bold: bold) + spacing * Double(name.count)
            let left = attr(e, "text-anchor") == "middle" ? x - w / 2 : x
            out.append((name, LabelBox(x: left + 0.5, y: y - size + 1, w: w - 1, h: size)))
        }
        return out
    }

    func testLabelsNeverOverlapEachOther() throws {
        for count in [30, 200] {
            let svg = renderer.render(denseEvents(count))
            let labels = try boxes(ofTextsIn: svg)
            XCTAssertGreaterThan(labels.count, 10)
            for i in labels.indices {
                for j in labels.indices where j > i {
                    XCTAssertFalse(labels[i].1.intersects(labels[j].1), "\(count) events: '\(labels[i].0)' overlaps '\(labels[j].0)'")
                }
            }
        }
    }

    func testDistantClustersGetPanels() throws {
        var events = denseEvents(5)
        let sirte = EmbeddedGazetteer.shared.place(id: "geonames:2210554")!
        var e = events[0]
        e.location = .point(PlaceMention(text: "Sirte", start: 0, end: 0, place: sirte))
        e.id = "libya"
        events.append(e)
        let svg = renderer.render(events)
        XCTAssertTrue(svg.contains("<g id=\"basemap\" "))
        XCTAssertTrue(svg.contains("<g id=\"basemap-2\" "), "a second panel for Libya")
        XCTAssertFalse(renderer.render(denseEvents(5)).contains("basemap-2"))
        // Layers a graphics editor finds by id.
        for id in ["basemap", "provinces", "rivers", "events", "labels", "legend", "scale", "attribution", "title"] {
            XCTAssertTrue(svg.contains("id=\"\(id)\""), id)
        }
    }

    func testNoEventsGiveTheBasemapAndAWarning() throws {
        let r = renderer.renderWithNotes([])
        XCTAssertTrue(r.svg.contains("No located events to map"))
        XCTAssertEqual(r.warnings, ["no located events to map; the map shows the basemap only"])
        _ = try XMLDocument(data: Data(r.svg.utf8))
    }

    func testEventsFarApartWidenTheExtentOverTheWorldBasemap() throws {
        var e = denseEvents(1)[0]
        e.location = .point(PlaceMention(text: "London", start: 0, end: 0,
                                         place: Place(id: "x:london", name: "London", coordinate: Coordinate(latitude: 51.5, longitude: -0.1), country: "GB", kind: .populated)))
        let r = renderer.renderWithNotes(denseEvents(3) + [e])
        XCTAssertFalse(r.warnings.contains { $0.contains("basemap") }, "the basemap covers the world")
        XCTAssertTrue(r.svg.contains("<title>United Kingdom</title>"))
        XCTAssertTrue(r.svg.contains(">London</text>"))
    }

    func testFixedExtentLeavesOutsideEventsOff() {
        var r = renderer
        r.fixedExtent = GeoBox(west: 38, south: 34, east: 42, north: 37)
        let out = r.renderWithNotes(denseEvents(40))
        XCTAssertTrue(out.warnings.contains { $0.hasSuffix("outside --bbox not drawn") })
    }
}
