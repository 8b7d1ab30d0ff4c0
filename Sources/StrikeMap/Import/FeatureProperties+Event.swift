extension FeatureProperties {
    /// The event the properties describe, before its geometry is read. `featureID` is the feature's own
    /// `id` member when it is a string (RFC 7946 §3.2), used when the properties have none; `index` is
    /// the feature's 1-based position.
    func unplacedEvent(path: String, index: Int, featureID: String?) throws -> StrikeEvent {
        let source = try string(.source) ?? path.split(separator: "/").last.map(String.init) ?? path
        let id = try string(.id) ?? featureID ?? "feature-\(index)"
        var e = StrikeEvent(id: id, source: source, published: try day(.published), evidence: try string(.evidence) ?? "",
                            evidenceStart: try int(.evidenceStart) ?? 0, evidenceEnd: try int(.evidenceEnd) ?? 0)
        e.sources = try strings(.sources) ?? [source]
        let mention = try string(.mention)
        e.location = mention.map(EventLocation.named) ?? .unstated
        e.strikes = try int(.strikes)
        if let q = try string(.strikesQualifier).flatMap(CountQualifier.init(rawValue:)) { e.strikesQualifier = q }
        if let k = try string(.kind).flatMap(StrikeKind.init(rawValue:)) { e.kind = k }
        e.actor = try string(.actor)
        e.reportedBy = try string(.reportedBy)
        // A file of schema 3 or older has no status: its events were reports as every reader took them.
        if let s = try string(.status).flatMap(ReportStatus.init(rawValue:)) { e.status = s }
        if let text = try string(.assessment) {
            e.assessment = Assessment(text: text, start: try int(.assessmentStart) ?? 0, end: try int(.assessmentEnd) ?? 0)
        }
        e.civilianDeaths = DeathRange(min: try int(.civilianDeathsMin), max: try int(.civilianDeathsMax))
        e.combatantDeaths = DeathRange(min: try int(.combatantDeathsMin), max: try int(.combatantDeathsMax))
        e.civilianInjured = DeathRange(min: try int(.civilianInjuredMin), max: try int(.civilianInjuredMax))
        e.combatantInjured = DeathRange(min: try int(.combatantInjuredMin), max: try int(.combatantInjuredMax))
        e.targets = try string(.targets)
        e.aggregate = try bool(.aggregate) ?? false
        e.confidence = try number(.confidence)
        e.dateText = try string(.dateText)
        if let start = try day(.date) {
            let end = try day(.dateEnd)
            let precision = try int(.datePrecision).flatMap(DatePrecision.init(rawValue:)) ?? (end == nil || end == start ? .day : .days)
            e.time = .known(DateSpan(start: start, end: end ?? start, precision: precision, openEnded: end == nil && precision != .day))
        }
        return e
    }

    /// Puts the event at its Point's coordinate (already checked to be in range), with the place the
    /// properties describe.
    func place(_ e: inout StrikeEvent, at coordinate: Coordinate, index: Int) throws {
        let mention = try string(.mention)
        let stated = try int(.geoPrecision).flatMap(GeoPrecision.init(rawValue:))
        // Absent stays absent in what is written back (`absent`); the map draws such a point as exact.
        if stated == nil { e.absent.insert(.geoPrecision) }
        if try number(.uncertaintyKm) == nil { e.absent.insert(.uncertaintyKm) }
        let precision = stated ?? .exact
        let kind: PlaceKind = precision == .country ? .country : precision == .province ? .province : precision == .district ? .district : .populated
        let place = Place(id: try string(.placeId) ?? "feature-\(index)", name: try string(.place) ?? mention ?? "",
                          coordinate: coordinate, country: try string(.country) ?? "", kind: kind)
        e.location = .point(PlaceMention(text: mention ?? place.name, start: 0, end: 0, place: place, precision: precision,
                                         uncertaintyKm: try number(.uncertaintyKm)))
    }
}
