import XCTest
@testable import StrikeMap

/// Defence-ministry reports with offsets, casualty statements with grids, coordinates written in the text,
/// section headings, airports and districts, and bad input, in our own words.
final class GeographyReportsTests: XCTestCase {
    static let cases: [GeographyCase] = [
        // Offsets: the point moves by the distance and bearing written (uncertainty grows with the distance).
        .init("On 12 March 2019, aircraft conducted two strikes approximately 17 NM North West of Abu Kamal, Syria.",
              GeographyCase.at("Kam", 2, 34.45 + 0.157, 40.92 - 0.19, within: 8)),
        .init("On 13 March 2019, Dutch F-16 aircraft carried out two airstrikes 10Nm south- east of al Fallujah, Iraq.",
              GeographyCase.at("Fall", 2, 33.35 - 0.131, 43.78 + 0.157, within: 8)),
        .init("On 14 March 2019, an RAF Reaper conducted a strike approximately 6nm southwest of Fallujah.",
              GeographyCase.at("Fall", 2, 33.35 - 0.079, 43.78 - 0.094, within: 6)),
        .init("On 15 March 2019, coalition aircraft struck a position some 12 km north-northwest of Mosul.",
              GeographyCase.at("Mosul", 2, 36.34 + 0.1, 43.13 - 0.05, within: 5)),
        .init("On Sunday 9 June 2019, an RAF Typhoon conducted a strike near Abu Kamal.",
              GeographyCase.at("Kam", 2, 34.45, 40.92, within: 10)),
        .init("On 18 March 2019, French aircraft struck a command post 9 KM east of Hajin.",
              GeographyCase.at("Hajin", 2, 34.69, 40.83 + 0.098, within: 5)),
        .init("On 19 March 2019, coalition aircraft struck a mortar position 2000 km north of Raqqa.",
              GeographyCase.at("Raqq", 2, 35.95, 39.01, within: 15)),
        .init("On 20 March 2019, coalition aircraft struck a bunker 5 km north south of Tikrit.",
              GeographyCase.at("Tikr", 2, 34.60, 43.68, within: 15)),
        // Coordinates written in the text set the point.
        .init("On 21 March 2019, an RAF Reaper conducted a strike on a weapons cache at 34.4512N 40.9187E near Abu Kamal.",
              GeographyCase.at("Abu Kamal", 1, 34.4512, 40.9187, within: 0.2)),
        .init("On 22 March 2019, coalition aircraft struck an ISIS position near Mosul (36°20'24\"N 43°07'48\"E).",
              GeographyCase.at("Mosul", 1, 36.34, 43.13, within: 0.2)),
        .init("On 23 March 2019, one airstrike hit a vehicle near Raqqa at 35.9528, 39.0079.",
              GeographyCase.at("Raqqa", 1, 35.9528, 39.0079, within: 0.2)),
        .init("On 24 March 2019, one airstrike hit a vehicle near Raqqa at 95.9528N 39.0079E.",
              GeographyCase.at("Raqq", 2, 35.95, 39.01, within: 15)),
        // Casualty statements: the grid is the point (grids from PyPI mgrs at the town's coordinates).
        .init("March 24, 2019, near Tabqah, Syria: During a strike on ISIS fighters at 37SDV 54005 78522, it was assessed that one civilian was killed.",
              GeographyCase.at("Tabq", 1, 35.95, 38.49, within: 0.1)),
        .init("March 25, 2019, near Hajin, Syria, via social media report. During a strike on an ISIS vehicle at 37SFU 6854 4020, it was assessed that two civilians were killed.",
              GeographyCase.at("Haj", 1, 34.69, 40.84, within: 0.1)),
        .init("March 26, 2019, near Hajin, Syria: During a strike at 37SIU 857 386 it was assessed that two civilians were killed.",
              GeographyCase.at("Haj", 2, 34.69, 40.83, within: 15)),
        // Section headings scope the lines under them.
        .init("Iraq\n- Near Sinjar, one strike destroyed an ISIS fighting position.",
              GeographyCase.at("Sinj", 2, 36.32, 41.88, within: 15)),
        .init("Syria\n- Near Kobani, two strikes struck ISIS tactical units.\nIraq\n- Near Rawah, one strike struck an ISIS tunnel.",
              GeographyCase.at("Arab", 2, 36.89, 38.35, within: 15)),
        // Airports and air bases are sites of their own.
        .init("On 27 March 2019, Israeli jets struck Mezzeh military airport in Damascus.",
              GeographyCase.at("Mezze", 1, 33.48, 36.22, within: 5)),
        .init("On 28 March 2019, LNA warplanes struck Mitiga airport in Tripoli.",
              GeographyCase.at("Mitiga", 1, 32.89, 13.28, within: 5)),
        .init("On 29 March 2019, an airstrike hit Damascus International Airport.",
              GeographyCase.at("Damascus International", 1, 33.41, 36.52, within: 5)),
        .init("On 30 March 2019, Israeli jets struck the T4 airbase in Homs province.",
              GeographyCase.at("Tiyas", 1, 34.52, 37.63, within: 5)),
        .init("On 31 March 2019, coalition aircraft struck ISIS positions near Qayyarah West airfield.",
              GeographyCase.at("Qayyarah West", 2, 35.77, 43.13, within: 15)),
        // Districts: "the X district", "the X area".
        .init("On 1 April 2019, Turkish aircraft struck PKK positions in the Akre district.",
              GeographyCase.at("Akre", 3, 36.76, 43.89, within: 40)),
        .init("On 2 April 2019, coalition aircraft struck ISIS positions in the Abu Kamal area.",
              GeographyCase.at("Abu Kamal", 3, 34.45, 40.92, within: 40)),
        .init("On 3 April 2019, Turkish drones struck a vehicle in the Manbij district.",
              GeographyCase.at("Manbij", 3, 36.53, 37.95, within: 40)),
        // Bad input: never a point outside the region the text names.
        .init("On 4 April 2019, coalition aircraft struck Rawa, Iraq.",
              GeographyCase.at("Raw", 1, 34.47, 41.92, within: 10)),
        .init("On 5 April 2019, airstrikes hit Hama in Kafr Zita.",
              GeographyCase.at("Ham", 1, 35.13, 36.76, within: 15)),
        .init("On 6 April 2019, an airstrike hit Qasr al-Hadid, Iraq.",
              GeographyCase.at("Iraq", 6, 33.0, 43.7, within: 400)),
        .init("On 9 April 2019, coalition aircraft struck ISIS fighters between Hajin and Al Baghuz Fawqani in Syria.",
              GeographyCase.at("Hajin", 2, 34.57, 40.88, within: 5)),
        // A village the gazetteer lacks goes to the unit the text names: here the country (precision 6).
        .init("On 7 April 2019, an airstrike hit Sala Heya, Syria.", GeographyCase.at("Syria", 6, 35.0, 38.5, within: 50)),
        .init("On 8 April 2019, an airstrike hit Soluk, Syria.", GeographyCase.at("Syria", 6, 35.0, 38.5, within: 50)),
    ]

    func testReportsWithOffsetsGridsAndCoordinates() {
        for c in Self.cases { c.check(file: #filePath) }
    }

    /// Offsets and containments the text gets wrong are warnings, and the event stays near the place.
    func testBadOffsetsAndContainmentLoopsAreWarnings() {
        func warnings(_ text: String) -> [String] {
            let article = Article(source: "case.txt", text: "date 2019-06-15\n\n" + text, published: CalendarDay(iso: "2019-06-15"), bodyStart: 17)
            return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).diagnostics.map(\.message)
        }
        XCTAssertTrue(warnings("On 1 June 2019, coalition aircraft struck a bunker 2000 km north of Raqqa.").contains { $0.contains("a distance of 2000 km") })
        XCTAssertTrue(warnings("On 1 June 2019, coalition aircraft struck a bunker 5 km north south of Tikrit.").contains { $0.contains("contradict") })
        XCTAssertTrue(warnings("On 1 June 2019, airstrikes hit Hama in Kafr Zita.").contains { $0.contains("which lies in it") })
        XCTAssertTrue(warnings("On 1 June 2019, shelling hit Zor al-Hamidi in the western countryside of Hama.").contains { $0.contains("not in the gazetteer") })
    }

    /// At least 60 cases between the two suites, each with a place, a precision and a distance (or none).
    func testTheSuitesHoldSixtyCases() {
        XCTAssertGreaterThanOrEqual(Self.cases.count + GeographyNotesTests.cases.count, 60)
    }
}
