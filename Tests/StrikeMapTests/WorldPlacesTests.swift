import XCTest
@testable import StrikeMap

/// Strikes around the world in wire-story wording (our own sentences, real geography): the world
/// gazetteer places them without a home region, from the places the text names literally; actors and
/// organisations are never places, and a name the text's geography does not support stays unplaced.
final class WorldPlacesTests: XCTestCase {
    typealias Case = WorldPlaceCase

    /// Towns, units and countries named in wire stories, in Somalia, Yemen, Gaza, Lebanon, Afghanistan,
    /// Pakistan, Sudan, Mali, Nigeria, Kenya, Ethiopia, Ukraine and Russia.
    static let wireStories: [Case] = [
        // Somalia
        .init("On 3 June 2019, a US airstrike killed two militants near Jilib in Somalia's Middle Juba region.",
              Case.at("Jilib", "SO", 2, 0.49, 42.78, within: 10)),
        .init("On 4 June 2019, an airstrike hit an Al Shabaab camp in Kismayo, Somalia.",
              Case.at("Kismayo", "SO", 1, -0.36, 42.55, within: 5)),
        .init("US forces carried out an airstrike in Somalia on 5 June 2019, killing three militants, AFRICOM said.",
              Case.at("Somalia", "SO", 6, 4.5, 45.8, within: 400)),
        .init("On 6 June 2019, a US airstrike killed four Al Shabaab fighters near Jamaame.",
              Case.at("Jamaame", "SO", 2, 0.07, 42.75, within: 10)),
        .init("On Friday, US forces carried out an airstrike near Tiyeglow in Somalia's Bakool region, killing two militants.",
              Case.at("Tayeeglow", "SO", 2, 4.02, 44.51, within: 10)),
        .init("On 8 June 2019, a US airstrike killed five Islamic State fighters near Qandala in Puntland.",
              Case.at("Qandala", "SO", 2, 11.47, 49.87, within: 10)),
        // Yemen
        .init("Saudi-led coalition jets bombed a prison in Dhamar, Yemen, killing dozens of detainees.",
              Case.at("Dhamar", "YE", 1, 14.55, 44.40, within: 5)),
        .init("Coalition airstrikes hit a market in Saada, Yemen, on Friday, killing ten civilians.",
              Case.at("Sadah", "YE", 1, 16.94, 43.76, within: 5)),
        .init("A US strike hit a Houthi radar site near Hodeidah on Friday.",
              Case.at("Hudaydah", "YE", 2, 14.80, 42.95, within: 10)),
        .init("Airstrikes hit Marib, Yemen, on Friday, killing two civilians.",
              Case.at("Marib", "YE", 1, 15.46, 45.32, within: 5)),
        .init("Airstrikes hit Taiz on Friday, killing two civilians.",
              Case.at("Taiz", "YE", 1, 13.58, 44.02, within: 5)),
        .init("On Friday, a drone strike hit Sheikh Uthman, a district of Aden, killing two.",
              Case.at("Uthman", "YE", 1, 12.87, 44.99, within: 5)),
        // A village the gazetteer lacks in the province the text names: the province, never Azzano in Italy.
        .init("A US drone strike hit a car near Azzan in Yemen's Shabwa province on Friday, killing three AQAP militants.",
              Case.at("Shabwah", "YE", 4, 14.6, 47.0, within: 100), mention: "Azzan", covering: 100),
        // Gaza and Lebanon
        .init("Israeli jets struck a building in Khan Younis in the southern Gaza Strip, killing five people.",
              Case.at("Khan Yunis", "PS", 1, 31.35, 34.30, within: 5)),
        // Rafah is also a town in Egypt, 2 km away: the Gaza Strip named around it decides.
        .init("An Israeli airstrike hit a house in Rafah in the southern Gaza Strip on Friday, killing three children.",
              Case.at("Rafah", "PS", 1, 31.29, 34.25, within: 5)),
        // "X refugee camp in northern Gaza": the camp is struck, Gaza only contains it.
        .init("On Friday, an Israeli airstrike hit a house in the Jabalia refugee camp in northern Gaza, killing 12 members of one family.",
              Case.at("Jab", "PS", 1, 31.53, 34.48, within: 3)),
        .init("Israeli artillery shelled the eastern neighbourhoods of Deir al-Balah on Friday, wounding three.",
              Case.at("Dayr al Bala", "PS", 1, 31.42, 34.35, within: 5)),
        // "X west of Y" without a comma: X lies around Y; Mawasi is not Mashah in the West Bank, 90 km away.
        .init("Israeli tanks shelled al-Mawasi west of Khan Younis on Friday, killing five displaced people in tents.",
              .nowhereFartherThan(km: 70, latitude: 31.34, longitude: 34.30)),
        .init("Israeli aircraft bombed Jabalia on Friday, killing twelve.",
              Case.at("Jabalya", "PS", 1, 31.53, 34.48, within: 3)),
        .init("An Israeli drone strike hit a car near Nabatieh in southern Lebanon, killing two Hezbollah members.",
              Case.at("Nabat", "LB", 2, 33.38, 35.48, within: 5)),
        .init("Israeli warplanes struck near Baalbek, Lebanon, killing four people.",
              Case.at("Baalbek", "LB", 2, 34.00, 36.21, within: 5)),
        // Afghanistan and Pakistan
        .init("A US drone strike killed four militants in Achin district of Nangarhar province, Afghanistan.",
              Case.at("Achin", "AF", 3, 34.13, 70.70, within: 15)),
        .init("An airstrike killed six Taliban fighters in Sangin, Helmand province.",
              Case.at("Sangin", "AF", 1, 32.07, 64.83, within: 5)),
        .init("A US drone strike in Kunduz killed three insurgents on Friday.",
              Case.at("Kunduz", "AF", 1, 36.73, 68.86, within: 5)),
        .init("An airstrike hit Kandahar, Afghanistan, on Friday, killing two civilians.",
              Case.at("Kandahar", "AF", 1, 31.61, 65.71, within: 5)),
        .init("An airstrike hit Helmand on Friday, killing two civilians.",
              Case.at("Hilmand", "AF", 4, 30.9, 64.1, within: 120), covering: 150),
        // Kot district is not in the gazetteer; Kot in India (5,000 people) is not it.
        .init("A US drone strike killed militants in Kot district of Nangarhar province on Friday.",
              Case.at("Nangarhar", "AF", 4, 34.2, 70.5, within: 60)),
        .init("A suspected US drone strike hit a compound near Miranshah in North Waziristan, Pakistan, killing four.",
              Case.at("Miran", "PK", 2, 33.00, 70.07, within: 10)),
        .init("A drone strike killed two militants in North Waziristan, Pakistan, on Friday.",
              Case.at("Waziristan", "PK", 3, 32.95, 70.05, within: 30), covering: 30),
        .init("Pakistani jets bombed militant hideouts near Quetta on Friday, killing eight.",
              Case.at("Quetta", "PK", 2, 30.18, 67.00, within: 10)),
        // Sudan, Mali, Nigeria, Kenya, Ethiopia
        .init("RSF drones struck El Fasher, Sudan, on Friday, killing nine civilians.",
              Case.at("Fasher", "SD", 1, 13.63, 25.35, within: 5)),
        .init("Sudanese army aircraft bombed a market in Nyala, South Darfur, killing thirty people.",
              Case.at("Nyala", "SD", 1, 12.05, 24.88, within: 5)),
        .init("An airstrike hit a neighbourhood of Omdurman on Friday, killing five civilians.",
              Case.at("Omdurman", "SD", 1, 15.64, 32.48, within: 5)),
        .init("French jets struck militants near Menaka, Mali, killing fifteen.",
              Case.at("Menaka", "ML", 2, 15.92, 2.40, within: 10)),
        .init("A drone strike hit a wedding near Gao, Mali, killing six.",
              Case.at("Gao", "ML", 2, 16.27, -0.04, within: 10)),
        .init("A Nigerian Air Force jet bombed an insurgent camp near Gwoza in Borno State, killing twenty fighters.",
              Case.at("Gwoza", "NG", 2, 11.08, 13.69, within: 10)),
        .init("A military jet mistakenly bombed a village near Maiduguri, Nigeria, killing eleven civilians.",
              Case.at("Maiduguri", "NG", 2, 11.85, 13.16, within: 10)),
        .init("Kenyan jets bombed an Al Shabaab camp near Mandera, Kenya, killing ten militants.",
              Case.at("Mandera", "KE", 2, 3.94, 41.86, within: 10)),
        .init("A drone strike hit Mekelle, Ethiopia, on Friday, killing three.",
              Case.at("Mek", "ET", 1, 13.50, 39.47, within: 5)),
        .init("A drone strike hit a fuel depot in Bahir Dar in Ethiopia's Amhara region on Friday, killing two.",
              Case.at("Bahir Dar", "ET", 1, 11.59, 37.39, within: 5)),
        .init("An airstrike hit a market in Togoga in Ethiopia's Tigray region, killing dozens.",
              Case.at("Tigray", "ET", 4, 13.9, 38.8, within: 100), mention: "Togoga", covering: 150),
        // Ukraine and Russia: "Russian" and "Ukrainian" are actors, the towns name the country.
        .init("Russian missiles hit Kharkiv on Friday, killing three civilians.",
              Case.at("Kharkiv", "UA", 1, 49.99, 36.23, within: 5)),
        .init("A Russian drone struck a residential building in Odesa on Friday, killing two.",
              Case.at("Odesa", "UA", 1, 46.48, 30.73, within: 5)),
        .init("Russian forces shelled Vovchansk on Friday, killing a woman.",
              Case.at("Vovchansk", "UA", 1, 50.29, 36.94, within: 5)),
        .init("Russian drones hit Kherson on Friday, killing two civilians.",
              Case.at("Kherson", "UA", 1, 46.64, 32.61, within: 5)),
        .init("Russian missiles hit Zaporizhzhia on Friday, killing two civilians.",
              Case.at("Zaporizhzh", "UA", 1, 47.84, 35.14, within: 5)),
        .init("Russian missiles hit Dnipro on Friday, killing two civilians.",
              Case.at("Dnipro", "UA", 1, 48.46, 35.05, within: 5)),
        .init("Russian shelling hit Kherson region on Friday, killing two civilians.",
              Case.at("Kherson", "UA", 4, 46.7, 33.5, within: 80), covering: 100),
        // A village's former name that a dozen villages bear now is not the village that bore it: the region.
        .init("Russian forces shelled Sofiivka, Kherson region, on Friday, wounding a man.",
              Case.at("Kherson", "UA", 4, 46.7, 33.6, within: 80), mention: "Sofiivka", covering: 120),
        // A consonant skeleton shared only with another town's Polish spelling ("Linovica", Lynovytsia, 200 km
        // south) is no match: the register's Leonivka, by Semenivka, is.
        .init("Russian artillery shelled Leonivka, Chernihiv region, on Friday, damaging a barn.",
              Case.at("Leonivka", "UA", 3, 52.15, 32.6, within: 40), covering: 25),
        // A district of Russia named Donetsk cannot hold a village of Ukraine's Luhansk region.
        .init("Russian forces shelled Heorhiivka, Donetsk region, on Friday, damaging two houses.",
              Case.at("Donets", "UA", 4, 48.0, 37.7, within: 80), mention: "Heorhiivka", covering: 120),
        // A transliteration of the town's own name stands inside its region.
        .init("Russian forces shelled Kostiantynivka, Donetsk region, on Friday, killing a woman.",
              Case.at("Kostyantynivka", "UA", 1, 48.53, 37.71, within: 5)),
        .init("Ukrainian drones struck an airfield near Kursk on Friday.",
              Case.at("Kursk", "RU", 2, 51.73, 36.19, within: 10)),
        // A regional capital without a province cue is the city, not the oblast around it.
        .init("Ukrainian drones hit Belgorod on Friday, killing two civilians.",
              Case.at("Belgorod", "RU", 1, 50.60, 36.59, within: 5)),
        .init("A Ukrainian drone struck a military airfield near Belgorod, Russia, on Friday.",
              Case.at("Belgorod", "RU", 2, 50.60, 36.59, within: 10)),
        .init("Russian missiles hit Sumy on Friday, killing two civilians.",
              Case.at("Sumy", "UA", 1, 50.91, 34.80, within: 5)),
        // "US and Israeli jets": two actors; the text names no US town.
        .init("On Friday, US and Israeli jets struck a car near Sidon, killing two.", Case.at("Sidon", "LB", 2, 33.56, 35.37, within: 5)),
        // Kamaran is an island off Hodeidah; 'Amran, a city 150 km inland, only shares consonants with one of its
        // alternates: no point rather than that one.
        .init("On Friday, an airstrike hit Kamaran island off the coast of Hodeidah, killing two.",
              .nowhereFartherThan(km: 100, latitude: 15.35, longitude: 42.60)),
        // Seas: precision 7, or the coastal town.
        .init("On Friday, an airstrike hit a fishing boat off the coast of Hodeidah in the Red Sea, killing six fishermen.",
              .anyOf([Case.at("Red Sea", "", 7, 20.0, 38.5, within: 600), Case.at("Hudaydah", "YE", 2, 14.80, 42.95, within: 30)])),
        .init("Houthi forces fired a missile that struck a tanker in the Red Sea on Friday, killing two sailors.",
              Case.at("Red Sea", "", 7, 20.0, 38.5, within: 600)),
        .init("A missile struck a tanker in the Gulf of Aden on Friday, killing two sailors.",
              Case.at("Gulf of Aden", "", 7, 12.5, 48.0, within: 300)),
        // "in the Gaza Strip": the strip, precision 4.
        .init("Israeli jets struck targets in the Gaza Strip on Friday, killing four people.",
              Case.at("Gaza", "PS", 4, 31.42, 34.37, within: 30)),
        // Two towns of 15,000 or more are called Rafah, but they are one town on both sides of the Gaza-Egypt
        // border, 2 km apart: either is the point, and the larger names it.
        .init("An airstrike hit a market in Rafah on Friday, killing three.", Case.at("Rafa", "PS", 1, 31.29, 34.24, within: 5)),
    ]

    /// Actors, organisations and names the text's geography does not support: no point, or none abroad.
    static let unsupported: [Case] = [
        // Organisations and actors are never places, and name no country.
        .init("On 8 June 2019, a US airstrike killed two Al Shabaab fighters, US Africa Command said.", .noPoint),
        .init("On 6 June 2019, a coalition airstrike killed five Islamic State fighters, the Pentagon said.", .noPoint),
        .init("Israeli jets struck Hezbollah positions on Sunday, killing three fighters.", .noPoint),
        .init("Hezbollah said an Israeli strike killed two of its fighters on Friday.", .noPoint),
        .init("Taliban fighters were killed in an airstrike on Friday, officials said.", .noPoint),
        // "Islamic State Somalia" names a group, not Somalia: Tiyeglow has no Somali ground to stand on.
        .init("On 8 June 2019, a US airstrike killed five Islamic State Somalia fighters near Tiyeglow, AFRICOM said.", .noPoint),
        // "US forces" is no reason for Henderson, Nevada (a letter off "Gondershe"), or any US town.
        .init("On Friday, US forces carried out an airstrike near Gondershe, killing two militants.", .noPoint),
        .init("In Somalia, US forces carried out an airstrike near Gondershe on Friday, killing two militants.", .onlyIn(country: "SO")),
        .init("On Friday, US forces carried out an airstrike near Tiyeglow, killing two militants.", .noPoint),
        // "A US drone strike": the US acts; and a country is one letter off its own name, never a consonant
        // off another ("Mir Ali" is not America).
        .init("A suspected US drone strike hit a house in Mir Ali on Sunday, killing five, officials said.", .noPoint),
        .init("A US strike killed four fighters near Gondershe on Friday, AFRICOM said.", .noPoint),
        // Rada'a in Yemen is a small place of a country the text never names.
        .init("An airstrike hit Rada on Friday, killing four.", .noPoint),
        .init("An airstrike hit Rada, Yemen, on Friday, killing four.", Case.at("Rada", "YE", 1, 14.42, 44.84, within: 5)),
        // Two small Krasnopillias in Ukraine, and "Russian" is an actor: the text names no country.
        .init("Russian artillery shelled Krasnopillia on Friday, killing two civilians.", .noPoint),
        // A spelling variant ("Bilopilia") stands only in the text's geography.
        .init("Russian drones struck Bilopilia on Friday, killing two civilians.", .noPoint),
        // A typo of Mahaddayweyne needs the unit around it; Somalia as a whole is too large for a typo.
        .init("On Friday, an airstrike hit Mahaday, killing two militants.", .noPoint),
        .init("In Somalia, an airstrike hit Mahaday on Friday, killing two militants.",
              Case.at("Somalia", "SO", 6, 4.5, 45.8, within: 400)),
        // Azzan is not in the gazetteer; Azzano Decimo in Italy must not stand in for it.
        .init("In Yemen, a US drone strike hit a car near Azzan on Friday, killing three militants.", .onlyIn(country: "YE")),
    ]

    func testWireStoriesAroundTheWorld() {
        for c in Self.wireStories { c.check(file: #filePath) }
    }

    func testActorsOrganisationsAndUnsupportedNamesAreNoPlaces() {
        for c in Self.unsupported { c.check(file: #filePath) }
    }

    func testTheCasesCoverEightCountriesOutsideSyriaIraqAndLibya() {
        var countries = Set<String>()
        for c in Self.wireStories + Self.notes {
            if case let .point(_, country, _, _, _, _) = c.expected { countries.insert(country) }
        }
        XCTAssertTrue(countries.isDisjoint(with: ["SY", "IQ", "LY"]))
        XCTAssertGreaterThanOrEqual(countries.count, 8, "\(countries.sorted())")
    }

    /// Organisations' names resolve to no place at all, not even as a modifier.
    func testOrganisationsAreNeverPlaceMentions() {
        let texts = [
            "On Friday, a US airstrike killed two Al Shabaab fighters near Jamaame, Somalia.",
            "On Friday, a coalition airstrike killed five Islamic State fighters near Qandala in Puntland.",
            "On Friday, Israeli jets struck a Hezbollah depot near Nabatieh, Lebanon.",
            "On Friday, coalition jets bombed Houthi positions near Saada, Yemen.",
            "On Friday, an airstrike killed ten Taliban fighters near Kunduz, Afghanistan.",
        ]
        let organisations = ["shabaab", "islamic", "state", "hezbollah", "houthi", "taliban"]
        for text in texts {
            let places = Case(text, .noPoint).run().places
            XCTAssertFalse(places.isEmpty, text)
            for p in places {
                let key = NameKey.exact(p.mention.text)
                XCTAssertFalse(organisations.contains { key.contains($0) }, "'\(p.mention.text)' became \(p.mention.place.name) in: \(text)")
            }
            // The town is the struck place, in the country the text names, not the actor's.
            XCTAssertTrue(places.contains { $0.struck && $0.mention.place.kind == .populated }, text)
            XCTAssertFalse(places.contains { $0.struck && ["US", "IL"].contains($0.mention.place.country) }, text)
        }
    }

    /// "US forces", "Russian forces", "Israeli jets" name their country, never a place in it, and are not
    /// where the strike was.
    static let actors: [(text: String, actor: String)] = [
        ("On Friday, US forces carried out an airstrike near Jamaame, Somalia, killing two militants.", "US"),
        ("On Friday, a US airstrike killed two militants near Jamaame.", "US"),
        ("On Friday, Russian forces shelled Vovchansk, killing a woman.", "RU"),
        ("On Friday, Israeli jets struck a house in Khan Younis, killing four.", "IL"),
    ]

    /// A city and a unit of its own country that share its name are one name, not two towns: "Washington" in
    /// a text about Dominica is the capital (689,545 people), not the state around Seattle.
    func testACityNamedLikeAUnitOfItsCountryIsStillTheCity() throws {
        let places = Case("The mission in Washington objected to Dominica's request on Friday.", .noPoint).run().places
        let m = try XCTUnwrap(places.first { $0.mention.text == "Washington" }?.mention)
        XCTAssertLessThan(GeoMath.distanceKm(m.coordinate, Coordinate(latitude: 38.90, longitude: -77.04)), 10, "\(m.place.name) \(m.place.id)")
    }

    /// A province the text names prefers its own towns among namesakes, but a city of 100,000 elsewhere
    /// still outweighs a small town in it, and a name that is a country stays the country.
    func testTownsOfAProvinceTheTextNames() throws {
        let text = "Council members in Springfield, Illinois, voted on Tuesday; a man from Peoria was arrested there."
        let places = Case(text, .noPoint).run().places
        func at(_ list: [FoundPlace], _ name: String) throws -> Coordinate { try XCTUnwrap(list.first { $0.mention.text == name }?.mention.coordinate, name) }
        XCTAssertLessThan(GeoMath.distanceKm(try at(places, "Springfield"), Coordinate(latitude: 39.80, longitude: -89.64)), 10)
        XCTAssertLessThan(GeoMath.distanceKm(try at(places, "Peoria"), Coordinate(latitude: 40.69, longitude: -89.59)), 10, "Peoria, Illinois")
        let ohio = Case("A man was arrested in Louisville on Tuesday, the sheriff's office in Ohio said.", .noPoint).run().places
        XCTAssertLessThan(GeoMath.distanceKm(try at(ohio, "Louisville"), Coordinate(latitude: 38.25, longitude: -85.76)), 10, "Louisville, Kentucky")
        let mexico = Case("Flights from Mexico City resumed; Mexico said the storm had passed.", .noPoint).run().places
        XCTAssertEqual(mexico.last { $0.mention.text == "Mexico" }?.mention.place.kind, .country)
    }

    func testActorsNameTheirCountryButAreNotStruck() {
        for (text, actor) in Self.actors {
            let result = Case(text, .noPoint).run()
            let actorPlaces = result.places.filter { $0.mention.place.country == actor }
            XCTAssertFalse(actorPlaces.isEmpty, "the actor is listed as a mention of its country: \(text)")
            for p in actorPlaces {
                XCTAssertEqual(p.mention.place.kind, .country, text)
                XCTAssertFalse(p.struck, text)
            }
            XCTAssertFalse(result.events.contains { $0.mention?.place.country == actor }, text)
            XCTAssertFalse(result.events.compactMap(\.mention).isEmpty, "the town is the struck place: \(text)")
        }
    }

    /// A US town that shares a name with the place struck is no candidate because of an American actor:
    /// Sidon, Mississippi, and Odessa, Texas, are not the Sidon and Odesa of these texts.
    static let namesakesOfActors: [Case] = [
        .init("On Friday, US forces said an Israeli drone struck a car near Sidon, killing two.",
              Case.at("Sidon", "LB", 2, 33.56, 35.37, within: 5)),
        .init("US officials said a Russian missile hit Odessa on Friday, killing two.",
              Case.at("Odesa", "UA", 1, 46.48, 30.73, within: 5)),
        .init("The US military said a Russian missile hit Odessa on Friday, killing two.",
              Case.at("Odesa", "UA", 1, 46.48, 30.73, within: 5)),
    ]

    func testAnAmericanActorMakesNoAmericanTownThePlace() {
        for c in Self.namesakesOfActors { c.check(file: #filePath) }
    }
}
