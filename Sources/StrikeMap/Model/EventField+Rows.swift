extension EventField {
    /// The table itself: type, Shapefile name, meaning, rules and value of each property.
    var declaredRow: Row {
        switch self {
        case .id:
            return Row(.string, "stable id, unique in a file (hash of source, evidence span, place, kind and position in its sentence)") { .string($0.id) }
        case .place:
            return Row(.string, "the gazetteer's name of the place") { _, m in (m?.place.name).map(FieldValue.string) }
        case .placeId:
            return Row(.string, "gazetteer id (`geonames:170794`, `ne-admin1:SY07`, `curated:kashmah`)") { _, m in (m?.place.id).map(FieldValue.string) }
        case .mention:
            return Row(.string, "the place as written (\"Dayr al-Zawr\"); for totals, the places named") { e, m in
                (m?.text ?? e.regionText).map(FieldValue.string)
            }
        case .country:
            // A sea or a continent is in no country: null, not an empty code.
            return Row(.string, "ISO 3166-1 alpha-2; null for a sea or a region across countries", rules: [.countryCode]) { _, m in
                m.flatMap { $0.place.country.isEmpty ? nil : FieldValue.string($0.place.country) }
            }
        case .geoPrecision:
            return Row(.integer, shapefile: "geo_prec", "UCDP `where_prec` 1–7: 1 exact place, 2 near a place (or offset from it), 3 district (or a village known only to its district), 4 province, 5 part of a country, 6 country, 7 sea",
                       rules: [.within(1...7, "a UCDP precision code from 1 to 7")]) { e, m in
                e.absent.contains(.geoPrecision) ? nil : (m?.precision.rawValue).map(FieldValue.integer)
            }
        case .uncertaintyKm:
            return Row(.real(decimals: 1), shapefile: "uncert_km", "radius of location uncertainty, km",
                       rules: [.within(0...40_075, "a distance from 0 to 40,075 km")]) { e, m in
                e.absent.contains(.uncertaintyKm) ? nil : (m?.uncertaintyKm).map(FieldValue.real)
            }
        case .date:
            return Row(.date, "first day (`YYYY-MM-DD`), null when unresolved") { ($0.date?.start).map(FieldValue.date) }
        case .dateEnd:
            return Row(.date, "last day; null when unresolved and for open spans (\"since 2014\" without a publication date)",
                       rules: [.notBelow(.date)]) { e in e.date.flatMap { $0.openEnded ? nil : .date($0.end) } }
        case .datePrecision:
            return Row(.integer, shapefile: "date_prec", "UCDP `date_prec` 1–5: day, 2–6 days, week, month, year",
                       rules: [.within(1...5, "a UCDP precision code from 1 to 5")]) { ($0.date?.precision.rawValue).map(FieldValue.integer) }
        case .dateText:
            return Row(.string, "the date as written (\"on Thursday\", \"11th March\")") { $0.dateText.map { .string($0) } }
        case .strikes:
            return Row(.integer, "number of strikes reported", rules: [Self.count]) { $0.strikes.map { .integer($0) } }
        case .strikesQualifier:
            return Row(.string, shapefile: "strikes_q", "`exact`, `at_least`, `about`, `at_most` (\"more than N\" is `at_least` N)",
                       rules: [.oneOf(["exact", "at_least", "about", "at_most"])]) { e in e.strikes == nil ? nil : .string(e.strikesQualifier.rawValue) }
        case .kind:
            return Row(.string, "`airstrike`, `drone_strike`, `artillery` (incl. rockets, shelling), `missile`, `strike`",
                       rules: [.oneOf(StrikeKind.allCases.map(\.rawValue))]) { .string($0.kind.rawValue) }
        case .actor:
            return Row(.string, "\"US-led coalition\", \"US\", \"Russia\", \"Syrian government\", \"Turkey\", \"Israel\", \"SDF\", ... or null") { $0.actor.map { .string($0) } }
        case .reportedBy:
            return Row(.string, shapefile: "reported", "who reports the strike, as written (\"the Syrian Observatory for Human Rights\", \"state media\"), when the text attributes it") {
                $0.reportedBy.map { .string($0) }
            }
        case .status:
            return Row(.string, "`reported` (a third party reports it), `confirmed` (the striker's own report), `alleged`, `credible` / `not_credible` (an assessment's verdict), `denied` (by the alleged striker), `under_investigation`, `duplicate`",
                       rules: [.oneOf(ReportStatus.allCases.map(\.rawValue))]) { .string($0.status.rawValue) }
        case .assessment:
            return Row(.string, "the assessing body's words (\"no Coalition actions were conducted in the geographical area\"), or null") { $0.assessment.map { .string($0.text) } }
        case .assessmentStart:
            return Row(.integer, shapefile: "assess_st", "offset of `assessment`, as `evidence_start`", rules: [Self.count]) { $0.assessment.map { .integer($0.start) } }
        case .assessmentEnd:
            return Row(.integer, shapefile: "assess_end", "end offset of `assessment`", rules: [Self.count, .notBelow(.assessmentStart)]) {
                $0.assessment.map { .integer($0.end) }
            }
        case .civilianDeathsMin:
            return Row(.integer, shapefile: "civ_min", "civilians killed, lower bound as written (\"at least 11\" gives 11)", rules: [Self.count]) {
                $0.civilianDeaths.min.map { .integer($0) }
            }
        case .civilianDeathsMax:
            return Row(.integer, shapefile: "civ_max", "civilians killed, upper bound (null for \"at least 11\")", rules: [Self.count, .notBelow(.civilianDeathsMin)]) {
                $0.civilianDeaths.max.map { .integer($0) }
            }
        case .combatantDeathsMin:
            return Row(.integer, shapefile: "comb_min", "combatants killed, lower bound", rules: [Self.count]) { $0.combatantDeaths.min.map { .integer($0) } }
        case .combatantDeathsMax:
            return Row(.integer, shapefile: "comb_max", "combatants killed, upper bound", rules: [Self.count, .notBelow(.combatantDeathsMin)]) {
                $0.combatantDeaths.max.map { .integer($0) }
            }
        case .civilianInjuredMin:
            return Row(.integer, shapefile: "civ_inj_mn", "civilians injured, lower bound (0 for \"no casualties were reported\")", rules: [Self.count]) {
                $0.civilianInjured.min.map { .integer($0) }
            }
        case .civilianInjuredMax:
            return Row(.integer, shapefile: "civ_inj_mx", "civilians injured, upper bound", rules: [Self.count, .notBelow(.civilianInjuredMin)]) {
                $0.civilianInjured.max.map { .integer($0) }
            }
        case .combatantInjuredMin:
            return Row(.integer, shapefile: "com_inj_mn", "combatants injured, lower bound", rules: [Self.count]) { $0.combatantInjured.min.map { .integer($0) } }
        case .combatantInjuredMax:
            return Row(.integer, shapefile: "com_inj_mx", "combatants injured, upper bound", rules: [Self.count, .notBelow(.combatantInjuredMin)]) {
                $0.combatantInjured.max.map { .integer($0) }
            }
        case .targets:
            return Row(.string, "what was hit, as written") { $0.targets.map { .string($0) } }
        case .aggregate:
            return Row(.boolean, "true for totals over long periods, large counts or whole countries; not drawn on the point map") { .boolean($0.aggregate) }
        case .confidence:
            return Row(.real(decimals: 2), "0–1", rules: [.within(0...1, "a number from 0 to 1")]) { $0.confidence.map { .real($0) } }
        case .source:
            return Row(.string, "input file name") { .string($0.source) }
        case .sources:
            return Row(.strings, "every input that reported the event, after merging") { .strings($0.sources) }
        case .published:
            return Row(.date, "publication date of `source`") { $0.published.map { .date($0) } }
        case .evidence:
            return Row(.string, "the sentence(s) (in a sentence over 1,200 characters, the part of about that size around the report's trigger)") {
                .string($0.evidence)
            }
        case .evidenceStart:
            return Row(.integer, shapefile: "ev_start", "offset of `evidence` in Unicode scalars into the decoded text (BOM removed, CRLF as LF)",
                       rules: [Self.count]) { .integer($0.evidenceStart) }
        case .evidenceEnd:
            return Row(.integer, shapefile: "ev_end", "end offset of `evidence`", rules: [Self.count, .notBelow(.evidenceStart)]) { .integer($0.evidenceEnd) }
        }
    }

    private static let count = FieldRule.within(0...Double(Int32.max), "a count of 0 or more")
}
