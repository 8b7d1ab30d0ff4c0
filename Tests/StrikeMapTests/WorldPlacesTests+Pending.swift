import Foundation
import XCTest
@testable import StrikeMap

/// Cases whose right answer the product does not give yet (each says what it gives now). They run only
/// with STRIKEMAP_PENDING=1 (`STRIKEMAP_PENDING=1 swift test --filter WorldPlacesTests/testPending`); once
/// they pass, move them to `wireStories` or `notes`.
extension WorldPlacesTests {
    static let pending: [Case] = [
        // Unknown village in a district the gazetteer has: the district, precision 3 (now 2, at the town).
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
        // Unknown village and unknown district: the region (now no point).
        .init("On 7 June 2019, a US airstrike hit militants near Kurtunwaarey village (Kurtunwaarey, Lower Shabelle).",
              Case.at("Shabeellaha Hoose", "SO", 4, 1.9, 44.4, within: 80), mention: "Kurtunwaarey", covering: 100),
        .init("On 10 June 2019, a drone strike hit Bulo Jadid area near Hosingow village (Badhaadhe, Lower Juba).",
              Case.at("Jubbada Hoose", "SO", 4, 0.0, 41.9, within: 120), covering: 100),
        // A town named like its district: the town (now the district, precision 3, uncertain by 90-130 km).
        .init("On 10 June 2019, a drone strike hit Dhurbo area near Qandala town (Qandala, Bari), killing three fighters.",
              Case.at("Qandala", "SO", 2, 11.47, 49.87, within: 10), mention: "Dhurbo"),
        .init("On 11 June 2019, an airstrike destroyed a vehicle near Bosaso (Bosaso, Bari).",
              Case.at("Bosaso", "SO", 2, 11.28, 49.18, within: 10)),
        .init("On 9 June 2019, a drone strike hit Qoryooley town (Qoryooley, Lower Shabelle), killing two fighters.",
              Case.at("Qoryooley", "SO", 1, 1.79, 44.53, within: 5)),
        // "(coded to Y)": the place the monitor coded it to (now an event without a point).
        .init("On 14 June 2019, Russian artillery shelled the Myropilska hromada (coded to Myropillia, Sumy region), wounding a man.",
              Case.at("Myropillia", "UA", 1, 51.02, 35.25, within: 5)),
        // "X raion": the district (now the town, the oblast, or nothing).
        .init("Russian artillery shelled Kupiansk raion on Friday, killing two civilians.",
              Case.at("Kup", "UA", 3, 49.71, 37.62, within: 10), covering: 30),
        .init("On Friday, Russian shelling hit the Nikopol raion, killing two civilians.",
              Case.at("Nikopol", "UA", 3, 47.57, 34.39, within: 10), covering: 30),
        .init("On Friday, Russian drones struck Sumy raion, killing two civilians.",
              Case.at("Sum", "UA", 3, 50.92, 34.80, within: 10), covering: 30),
        .init("Russian artillery shelled Hlushkivka, Kupiansk raion, Kharkiv region, on Friday, killing two civilians.",
              Case.at("Kup", "UA", 3, 49.71, 37.62, within: 10), mention: "Hlushkivka", covering: 30),
        // A regional capital without a province cue is the city (now the oblast: the city's own mention
        // anchors the oblast's centroid 60 km away, +1 that the city cannot get from itself).
        .init("Ukrainian drones hit Belgorod on Friday, killing two civilians.",
              Case.at("Belgorod", "RU", 1, 50.60, 36.59, within: 5)),
        .init("A Ukrainian drone struck a military airfield near Belgorod, Russia, on Friday.",
              Case.at("Belgorod", "RU", 2, 50.60, 36.59, within: 10)),
        .init("Russian missiles hit Sumy on Friday, killing two civilians.",
              Case.at("Sumy", "UA", 1, 50.91, 34.80, within: 5)),
        // Seas: precision 7, or the coastal town (now no point: "in the Red Sea" is not read as locative).
        .init("On Friday, an airstrike hit a fishing boat off the coast of Hodeidah in the Red Sea, killing six fishermen.",
              .anyOf([Case.at("Red Sea", "", 7, 20.0, 38.5, within: 600), Case.at("Hudaydah", "YE", 2, 14.80, 42.95, within: 30)])),
        .init("Houthi forces fired a missile that struck a tanker in the Red Sea on Friday, killing two sailors.",
              Case.at("Red Sea", "", 7, 20.0, 38.5, within: 600)),
        .init("A missile struck a tanker in the Gulf of Aden on Friday, killing two sailors.",
              Case.at("Gulf of Aden", "", 7, 12.5, 48.0, within: 300)),
        // "in the Gaza Strip" (now no point), and the camp named rather than the city north of which it lies.
        .init("Israeli jets struck targets in the Gaza Strip on Friday, killing four people.",
              Case.at("Gaza", "PS", 4, 31.42, 34.37, within: 30)),
        .init("Israeli aircraft bombed the Jabalia refugee camp in northern Gaza on Friday, killing twelve.",
              .anyOf([Case.at("Jabalya", "PS", 1, 31.53, 34.48, within: 2), Case.at("Jabalya", "PS", 2, 31.53, 34.48, within: 2)])),
        // "US and Israeli jets": "US" is an actor here too, not the country that makes Sidon the one in
        // Mississippi (509 people); now Sidon, Mississippi.
        .init("On Friday, US and Israeli jets struck a car near Sidon, killing two.",
              Case.at("Sidon", "LB", 2, 33.56, 35.37, within: 5)),
        // Kamaran is an island off Hodeidah; 'Amran, a city 150 km inland, only shares consonants with it.
        .init("On Friday, an airstrike hit Kamaran island off the coast of Hodeidah, killing two.",
              .nowhereFartherThan(km: 100, latitude: 15.35, longitude: 42.60)),
    ]

    /// "US forces" is the country as an actor: `usage` modifier, like "US sanctions" and "Russian forces"
    /// (now literal).
    func testPendingAnActorIsAModifierOfItsCountry() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["STRIKEMAP_PENDING"] == "1", "waits for a fix; STRIKEMAP_PENDING=1 runs it")
        for (text, actor) in Self.actors + [("US forces carried out an airstrike near Jamaame on Friday.", "US")] {
            for p in Case(text, .noPoint).run().places where p.mention.place.country == actor {
                XCTAssertEqual(p.usage, .modifier, text)
            }
        }
    }

    func testPendingCasesTheProductDoesNotPlaceRightYet() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["STRIKEMAP_PENDING"] == "1",
                          "\(Self.pending.count) cases wait for fixes; STRIKEMAP_PENDING=1 runs them")
        for c in Self.pending { c.check(file: #filePath) }
    }
}
