/// Where a place goes when the gazetteer lacks it (or has it only elsewhere) but the text names the unit
/// around it: the smallest unit the text names, with the precision saying so. The mention keeps the
/// village as written ("Kafr Nabudah"), the place is the unit ("Hama"), and the name is reported as not
/// in the gazetteer so that a user can add it.
///
/// - a district: `geo_precision` 3 at its seat; a province 4; a country 6, at their centroids;
/// - a part of a province or country ("in northern Hama", "the southern Idlib countryside"): 5, at the
///   centroid of that part of the unit's polygon (`RegionPart`);
/// - a town: 2 for a neighbourhood or site of it ("Souq al-Juma'a (Tripoli)"), 3 for its countryside.
enum UnitFallback {
    static func mention(for f: PlaceFinder.Found, in unit: ContainingUnit) -> PlaceMention {
        let c = unit.containment
        let area = c.around || c.part != nil
        let base = area ? unit.namesake ?? unit.place : unit.place
        var m = PlaceMention(text: f.text, start: f.start, end: f.end, place: base)
        m.isWithinUnit = true
        switch base.kind {
        case .country, .province, .district, .water, .region:
            if let part = c.part, let located = RegionPart.locate(part, of: base) {
                m.coordinate = located.coordinate
                m.precision = .region
                m.uncertaintyKm = located.radiusKm
            }
        case .registered:
            // A village known only to its hromada: what lies near or in it is known to the hromada.
            m.precision = .district
            m.uncertaintyKm = Double(base.radiusKm) + (c.near ? ContainingUnit.nearRadiusKm : 0)
        case .populated, .site:
            m.precision = area ? .district : .nearPlace
            m.uncertaintyKm = c.near ? ContainingUnit.nearRadiusKm : area ? ContainingUnit.countrysideRadiusKm : ContainingUnit.townRadiusKm
        }
        return m
    }

    /// The words for the unit an event fell back to, for warnings and reasons: "northern Hama".
    static func unitText(_ m: PlaceMention, _ unit: ContainingUnit) -> String {
        (unit.containment.part.map { $0 + " " } ?? "") + m.place.name
    }
}
