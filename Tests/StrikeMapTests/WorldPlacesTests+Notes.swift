import XCTest
@testable import StrikeMap

/// Monitoring notes, in our own words: "X village (District, Region)", "X area near Y village (District,
/// Region)", "X, Region", "X, Y region", "X raion", "(coded to Y)". A village the gazetteer has is found
/// inside the unit named (the right one of several namesakes, a spelling variant or typo only there); one it
/// lacks, or has several of in the unit, goes to the finest unit the text names, the mention keeping the
/// village as written.
extension WorldPlacesTests {
    static let notes: [Case] = [
        // Somalia: a village known to the gazetteer, in the district and region named.
        .init("On 9 June 2019, an airstrike hit Mahaddayweyne village (Jowhar, Middle Shabelle), killing two fighters.",
              Case.at("Mahaddayweyne", "SO", 1, 2.97, 45.53, within: 5)),
        .init("On 9 June 2019, a drone strike hit Buurhakaba (Buur Hakaba, Bay), killing two fighters.",
              Case.at("Buurhakaba", "SO", 1, 2.80, 44.08, within: 5)),
        // A typo of a village inside the district named is that village ...
        .init("On 9 June 2019, an airstrike hit Mahaday village (Jowhar, Middle Shabelle).",
              Case.at("Mahaddayweyne", "SO", 1, 2.97, 45.53, within: 5)),
        // ... and outside it is not: the unit keeps the event.
        .init("On 9 June 2019, an airstrike hit Mahaday village (Kismayo, Lower Juba).",
              .nowhereFartherThan(km: 40, latitude: -0.36, longitude: 42.55)),
        // "X area near Y village": near the village the text names.
        .init("On 9 June 2019, an airstrike hit Ilka Cadde area near Mahaddayweyne village (Jowhar, Middle Shabelle), killing two fighters.",
              Case.at("Mahaddayweyne", "SO", 2, 2.97, 45.53, within: 5), mention: "Ilka Cadde"),
        // "X, Region" with a village the gazetteer lacks: the region, never Golwayn in Ethiopia.
        .init("On 11 June 2019, an airstrike killed two fighters in Tortoroow, Lower Shabelle.",
              Case.at("Shabeellaha Hoose", "SO", 4, 1.9, 44.4, within: 80), mention: "Tortoroow", covering: 100),
        .init("On Friday, US forces carried out an airstrike near Golweyn, Lower Shabelle, killing two militants.",
              Case.at("Shabeellaha Hoose", "SO", 4, 1.9, 44.4, within: 80), mention: "Golweyn", covering: 100),
        .init("On 12 June 2019, an airstrike killed two fighters in Diinsoor, Bay region.",
              Case.at("Diinsoor", "SO", 1, 2.41, 42.98, within: 5)),
        .init("On Friday, a US airstrike killed four militants in Jilib district, Middle Juba.",
              Case.at("Jilib", "SO", 3, 0.49, 42.78, within: 10), covering: 30),
        // Yemen: a port the gazetteer lacks, in the governorate named.
        .init("On Friday, a drone strike hit the port of Ras Isa in Hodeidah governorate, killing two.",
              Case.at("Hudaydah", "YE", 4, 14.9, 43.2, within: 80), mention: "Ras Isa", covering: 80),
        // Ukraine, "X, Y region": of two Krasnopillias and two Huliaipoles, the one in the region named.
        .init("On 12 June 2019, Russian artillery shelled Krasnopillia, Sumy region, killing one civilian.",
              Case.at("Krasnopill", "UA", 1, 50.77, 35.26, within: 5)),
        .init("On 13 June 2019, Russian forces shelled Huliaipole, Zaporizhzhia region.",
              Case.at("Hul", "UA", 1, 47.66, 36.26, within: 5)),
        .init("Russian artillery shelled Zolochiv, Kharkiv region, on Friday, killing two civilians.",
              Case.at("Zolochiv", "UA", 1, 50.28, 35.98, within: 5)),
        .init("On 15 June 2019, Russian drones struck Nikopol, Dnipropetrovsk region, killing one man.",
              Case.at("Nikopol", "UA", 1, 47.57, 34.40, within: 5)),
        .init("On 15 June 2019, Russian drones struck Velykyi Burluk, Kharkiv region, killing two civilians.",
              Case.at("Velykyi Burluk", "UA", 1, 50.06, 37.39, within: 5)),
        // A spelling variant inside the region named.
        .init("Russian drones struck Bilopilia, Sumy region, on Friday, killing two civilians.",
              Case.at("Bilopil", "UA", 1, 51.15, 34.31, within: 5)),
        .init("On 14 June 2019, Russian artillery shelled the Myropilska hromada (coded to Myropillia, Sumy region), wounding a man.",
              Case.at("Myropillia", "UA", 1, 51.02, 35.25, within: 5)),
        // "X raion": the district.
        .init("On Friday, Russian shelling hit the Nikopol raion, killing two civilians.",
              Case.at("Nikopol", "UA", 3, 47.57, 34.39, within: 10), covering: 30),
        // A village of a raion, known to the register: at its hromada.
        .init("Russian artillery shelled Hlushkivka, Kupiansk raion, Kharkiv region, on Friday, killing two civilians.",
              Case.at("Hlushkivka", "UA", 3, 49.60, 37.72, within: 20), covering: 25),
        // "X community (coded to Y, Region)": Y is the monitor's place, struck, and the register's namesake in
        // the region does not make it ambiguous.
        .init("On 18 August 2024, Russian forces struck Esmanska community (coded to Esman, Sumy region) with FPV drones. No casualties.",
              Case.at("Esman", "UA", 1, 51.77, 34.07, within: 5)),
        // "X area of Y": Y is a place's slot, so a spelling of it is looked for ("Shiberghan", GeoNames'
        // Shibirghan), and X lies around it.
        .init("On 17 May 2021, a drone strike targeted a Taliban gathering in Surkh Dag area of Shiberghan (Jawzjan). Fatalities unknown.",
              Case.at("Shibirgh", "AF", 3, 36.67, 65.75, within: 10), mention: "Surkh Dag", covering: 25),
        // A village only the register lists: at its hromada, the radius covering it.
        .init("On 13 June 2019, Russian shelling hit Sopych, Sumy region, wounding two civilians.",
              Case.at("Sopych", "UA", 3, 51.87, 33.93, within: 30), covering: 25),
        // Several of the name in the region: the text does not say which, the region keeps the event.
        .init("On 14 June 2019, Russian shelling hit Novoselivka, Kharkiv region.",
              Case.at("Kharkiv", "UA", 4, 49.6, 36.5, within: 80), mention: "Novoselivka", covering: 100),
        // A village only Ukraine's register lists: at its hromada, precision 3, its radius covering the hromada
        // (Robotyne lies 22 km from Tokmak, its hromada's town).
        .init("On Friday, Russian forces shelled Novoandriivka, Zaporizhia region, wounding two civilians.",
              Case.at("Novoandriivka", "UA", 3, 47.52, 35.85, within: 30), covering: 25),
        .init("On Friday, Russian artillery shelled Robotyne, Zaporizhzhia region, killing a man.",
              Case.at("Robotyne", "UA", 3, 47.45, 35.84, within: 30), covering: 25),
        // Without a unit around it, a register's village has no point: Ukraine holds six Novoandriivkas.
        .init("On Friday, Russian forces shelled Novoandriivka, wounding two civilians.", .noPoint),
        // The register lists several Mykhailivkas in Kherson region: the region keeps the event.
        .init("On Friday, Russian forces shelled Mykhailivka, Kherson region, wounding two civilians.",
              Case.at("Kherson", "UA", 4, 46.7, 33.5, within: 80), mention: "Mykhailivka", covering: 100),
        .init("On Friday, Russian forces shelled the village of Ivanivka in Kherson region, killing two civilians.",
              Case.at("Kherson", "UA", 4, 46.7, 33.5, within: 80), mention: "Ivanivka", covering: 100),
        // "near X, Zaporizhzhia" names the region after the comma, not the city: four Shyrokes lie in it,
        // so the region keeps the event.
        .init("On 2 July 2019, Russian mortars shelled near Shyroke, Zaporizhzhia, damaging a school.",
              Case.at("Zaporizhzhya", "UA", 4, 47.3, 35.7, within: 80), mention: "Shyroke", covering: 100),
        // One letter off a village is no evidence that the unit named with it is a namesake abroad: Donetsk
        // region is the Ukrainian oblast, not a Russian district whose village "Peremozhne" it resembles.
        .init("On 3 July 2019, Russian forces shelled Peremozhno, Donetsk region, damaging two houses.",
              Case.at("Donets", "UA", 4, 48.0, 37.7, within: 80), mention: "Peremozhno", covering: 100),
        // "X, Y raion": of nine Petropavlivkas, the one by Kupiansk.
        .init("Russian artillery shelled Petropavlivka, Kupiansk raion, on Friday, killing two civilians.",
              Case.at("Petropavlivka", "UA", 1, 49.72, 37.70, within: 8)),
        .init("On Friday, Russian shelling hit Marhanets, Nikopol raion, killing two civilians.",
              Case.at("Marhanets", "UA", 1, 47.64, 34.63, within: 5)),
        .init("On Friday, Russian artillery shelled Chervonohryhorivka in the Nikopol raion, killing two civilians.",
              Case.at("Chervonohryhorivka", "UA", 1, 47.62, 34.54, within: 5)),
        // Unknown village in a district the gazetteer has: the district, precision 3.
        .init("On 7 June 2019, a US airstrike hit militants near Janaale village (Marka, Lower Shabelle).",
              Case.at("Marka", "SO", 3, 1.72, 44.77, within: 10), mention: "Janaale", covering: 30),
        .init("On 8 June 2019, an airstrike hit Awdheegle town (Afgooye, Lower Shabelle), killing two Al Shabaab fighters.",
              Case.at("Afgooye", "SO", 3, 2.14, 45.12, within: 10), mention: "Awdheegle", covering: 30),
        .init("On 9 June 2019, an airstrike hit Mahaday village (Kismayo, Lower Juba).",
              Case.at("Kism", "SO", 3, -0.36, 42.55, within: 10), mention: "Mahaday", covering: 30),
        .init("On 9 June 2019, an airstrike hit Ilka Cadde area near Sabiid village (Afgooye, Lower Shabelle), killing two fighters.",
              Case.at("Afgooye", "SO", 3, 2.14, 45.12, within: 10), covering: 30),
        .init("On Friday, a US airstrike killed four militants in the Jilib district.",
              Case.at("Jilib", "SO", 3, 0.49, 42.78, within: 10), covering: 30),
        // Unknown village and unknown district: the region.
        .init("On 7 June 2019, a US airstrike hit militants near Kurtunwaarey village (Kurtunwaarey, Lower Shabelle).",
              Case.at("Shabeellaha Hoose", "SO", 4, 1.9, 44.4, within: 80), mention: "Kurtunwaarey", covering: 100),
        .init("On 10 June 2019, a drone strike hit Bulo Jadid area near Hosingow village (Badhaadhe, Lower Juba).",
              Case.at("Jubbada Hoose", "SO", 4, 0.0, 41.9, within: 120), covering: 100),
        // A town named like its district: the town.
        .init("On 10 June 2019, a drone strike hit Dhurbo area near Qandala town (Qandala, Bari), killing three fighters.",
              Case.at("Qandala", "SO", 2, 11.47, 49.87, within: 10), mention: "Dhurbo"),
        .init("On 11 June 2019, an airstrike destroyed a vehicle near Bosaso (Bosaso, Bari).",
              Case.at("Bosaso", "SO", 2, 11.28, 49.18, within: 10)),
        .init("On 9 June 2019, a drone strike hit Qoryooley town (Qoryooley, Lower Shabelle), killing two fighters.",
              Case.at("Qoryooley", "SO", 1, 1.79, 44.53, within: 5)),
        // "X raion": the district.
        .init("Russian artillery shelled Kupiansk raion on Friday, killing two civilians.",
              Case.at("Kup", "UA", 3, 49.71, 37.62, within: 10), covering: 30),
    ]

    func testMonitoringNotesPlaceVillagesInTheUnitsTheyName() {
        for c in Self.notes { c.check(file: #filePath) }
    }

    /// A unit fallback says so: the mention is within the unit, and the warning names the village.
    func testAFallbackToTheUnitIsMarkedAndWarned() {
        let c = Case("On 11 June 2019, an airstrike killed two fighters in Tortoroow, Lower Shabelle.", .noPoint)
        let result = c.run()
        guard let m = result.events.compactMap(\.mention).first else { return XCTFail("no located event") }
        XCTAssertTrue(m.isWithinUnit)
        XCTAssertEqual(m.place.kind, .province)
        XCTAssertTrue(result.diagnostics.contains { $0.message.contains("Tortoroow") && $0.message.contains("geo_precision 4") },
                      "\(result.diagnostics.map(\.message))")
    }
}
