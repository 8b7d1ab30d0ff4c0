import XCTest
@testable import StrikeMap

/// Spelling variants, typos, ambiguity and context: which place a name in a sentence becomes.
final class ResolutionTests: XCTestCase {
    let g = EmbeddedGazetteer.shared

    /// Place mentions of one text (with a publication date so that its events are dated).
    private func places(_ body: String) -> [FoundPlace] {
        StrikeExtractor(gazetteer: g).extract(Article(source: "t.txt", text: "date 2019-01-05\n\n" + body, published: CalendarDay(iso: "2019-01-05"), bodyStart: 17)).places
    }

    /// A name met again in a document resolves as it did the first time, at its own offsets; a span that
    /// reads otherwise ("Hama province" against "Hama") is resolved for itself.
    func testAResolutionMadeOnceInADocumentIsTheResolutionMadeAgain() {
        let text = Array("Jets struck Raqqa and Hama. Then jets hit Raqqa near Hama province, and Raqqa once more.".unicodeScalars)
        let finder = PlaceFinder(gazetteer: g)
        var found: [PlaceFinder.Found] = []
        for sentence in SentenceSplitter.split(text, from: 0) {
            found += finder.find(in: Tokenizer.tokenize(text, sentence.start, sentence.end), scalars: text)
        }
        XCTAssertEqual(found.filter { $0.text == "Raqqa" }.count, 3)
        let resolver = PlaceResolver(gazetteer: g, explains: true)
        let context = resolver.context(for: found, demonymCountries: [])
        var memo = PlaceResolver.Memo()
        for f in found {
            guard case .place(let direct) = resolver.resolve(f, context: context, in: nil),
                  case .place(let remembered) = memo.resolve(f, with: resolver, context: context) else { return XCTFail("\(f.text) has no place") }
            XCTAssertEqual(remembered, direct, f.text)
            XCTAssertEqual(remembered.start, f.start)
        }
        let hama = found.filter { $0.text == "Hama" }
        XCTAssertEqual(hama.count, 2)
        guard case .place(let town) = memo.resolve(hama[0], with: resolver, context: context),
              case .place(let province) = memo.resolve(hama[1], with: resolver, context: context) else { return XCTFail("Hama") }
        XCTAssertNotEqual(town.place.kind, province.place.kind, "a province cue is part of what is remembered")
    }

    func testOneNormalisationForArticlesApostrophesAndScripts() {
        for article in ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "Al ", "El ", "ar "] {
            XCTAssertEqual(NameKey.exact(article + "Raqqah"), "raqqah", article)
        }
        for apostrophe in ["'", "’", "‘", "ʿ", "ʾ", "`"] { XCTAssertEqual(NameKey.exact("Mar\(apostrophe)a"), "mara") }
        XCTAssertEqual(NameKey.exact("Ḩamāh"), "hamah")
        XCTAssertEqual(NameKey.exact("DEIR EZ-ZOR"), "deir zor")
        XCTAssertEqual(NameKey.exact("الرقة"), NameKey.exact("رقه"))
    }

    func testTransliterationVariantsShareASkeleton() {
        func sk(_ s: String) -> String? { NameKey.skeleton(ofExact: NameKey.exact(s)) }
        let deir = sk("Deir ez-Zor")
        for v in ["Dayr az Zawr", "Deir Ezzor", "Dair al-Zour", "Der Ezzor", "Dayr al-Zur"] { XCTAssertEqual(sk(v), deir, v) }
        XCTAssertEqual(sk("Raqqa"), sk("Al-Rakka"))
        XCTAssertEqual(sk("Raqqa"), "r*k*")
        XCTAssertEqual(sk("Huwayjah"), sk("Hawijah"))
        XCTAssertEqual(sk("Abu Kamal"), sk("Abou Kamal"))
        XCTAssertNil(sk("Hit"), "too short to match anything but itself")
    }

    /// A town matched through a name it once bore, which other towns of its country bear now, is no
    /// match; one that matched a spelling of its own name is; a city keeps its exonyms.
    func testAFormerNameOfATownIsNotItsName() {
        func town(_ id: String, _ name: String, _ alternates: [String], population: Int = 800) -> Gazetteer.Candidate {
            .init(place: Place(id: id, name: name, coordinate: Coordinate(latitude: 47, longitude: 33), country: "UA", kind: .populated,
                               population: population, alternateNames: alternates), match: .exact)
        }
        let renamed = town("a", "Lazurne", ["Sofiivka"]), present = town("b", "Sofiivka", []), spelt = town("c", "Sofiyivka", ["Sofiivka"])
        let all = [renamed, present, spelt]
        // (Lazurne only: Sofiyivka spells the name, and Sofiivka bears it.)
        XCTAssertEqual(NameAgreement.formerNames(among: all, key: "sofiivka"), ["a"])
        // Nobody else bears the name now: the alternate stands.
        XCTAssertEqual(NameAgreement.formerNames(among: [renamed], key: "sofiivka"), [])
        // A city of 100,000 keeps the names reporting gives it.
        let city = town("d", "Kyiv", ["Kiev"], population: 2_900_000), village = town("e", "Kiev", [])
        XCTAssertEqual(NameAgreement.formerNames(among: [city, village], key: "kiev"), [])
        // ... but not beside a town a tenth its size or more whose own name it spells.
        let renamedCity = town("h", "Nikopol", ["Sloviansk"], population: 105_160), bearer = town("i", "Slovyansk", [], population: 105_141)
        XCTAssertEqual(NameAgreement.formerNames(among: [renamedCity, bearer], key: "sloviansk"), ["h"])
        XCTAssertEqual(places("Shelling hit Sloviansk on Tuesday.").first?.mention.place.name, "Slovyansk")
        // Inside a large unit a variant counts only when it spells the place's own name.
        let own = Place(id: "f", name: "Kostyantynivka", coordinate: Coordinate(latitude: 48, longitude: 37), country: "UA", kind: .populated)
        XCTAssertTrue(NameAgreement.isVariantOfOwnName(own, key: NameKey.exact("Kostiantynivka")))
        let polish = Place(id: "g", name: "Lynovytsia", coordinate: Coordinate(latitude: 50, longitude: 32), country: "UA", kind: .populated,
                           alternateNames: ["Linovica"])
        XCTAssertFalse(NameAgreement.isVariantOfOwnName(polish, key: NameKey.exact("Leonivka")))
    }

    /// A town known by a name only among its alternates is not unmistakable beside a town that bears the
    /// name as its own: with no country named, neither is chosen; with the country named, its own town is.
    func testANameBorneAsAnAlternateIsNoGroundsBesideItsOwner() {
        func town(_ id: String, _ name: String, _ alternates: [String], population: Int, country: String, latitude: Double) -> Gazetteer.Candidate {
            .init(place: Place(id: id, name: name, coordinate: Coordinate(latitude: latitude, longitude: 40), country: country, kind: .populated,
                               population: population, alternateNames: alternates), match: .exact)
        }
        let alias = town("a", "Cermik", ["Jermuk"], population: 21_000, country: "TR", latitude: 38)
        let owner = town("b", "Jermuk", [], population: 4_100, country: "AM", latitude: 40)
        XCTAssertTrue(PlaceGrounds.isSelfEvident(alias, among: [alias, owner]), "without the written name, as before")
        XCTAssertFalse(PlaceGrounds.isSelfEvident(alias, among: [alias, owner], key: NameKey.exact("Jermuk")))
        XCTAssertTrue(PlaceGrounds.isSelfEvident(alias, among: [alias, owner], key: NameKey.exact("Cermik")), "its own name")
        XCTAssertTrue(places("Shelling hit Jermuk overnight.").allSatisfy { $0.mention.place.country != "TR" })
        let named = places("Azerbaijani shelling hit the Armenian towns of Jermuk, Goris and Vardenis overnight.").filter { $0.mention.place.kind == .populated }
        XCTAssertEqual(named.map(\.mention.place.country), ["AM", "AM", "AM"], "\(named.map(\.mention.place.name))")
    }

    /// A typo is one letter off the place's own name, or one consonant off its skeleton; a word that shares
    /// consonants with one of its alternates only is none.
    func testATypoIsOneLetterOffTheOwnName() {
        func town(_ name: String) -> Place { Place(id: name, name: name, coordinate: Coordinate(latitude: 0, longitude: 0), country: "XX", kind: .populated) }
        XCTAssertTrue(NameAgreement.isTypoOfOwnName(town("Mosul"), key: NameKey.exact("Mosol")))
        XCTAssertTrue(NameAgreement.isTypoOfOwnName(town("Deir ez-Zor"), key: NameKey.exact("Day az Zawr")))
        XCTAssertFalse(NameAgreement.isTypoOfOwnName(town("El Monte"), key: NameKey.exact("Helmet")))
        XCTAssertFalse(NameAgreement.isTypoOfOwnName(town("Mobile"), key: NameKey.exact("Murals")))
        XCTAssertTrue(NameAgreement.isOneEditFrom(town("Syria"), key: NameKey.exact("Syira")))
        XCTAssertFalse(NameAgreement.isOneEditFrom(town("United States"), key: NameKey.exact("Mir Ali")))
    }

    /// Inside a district a typo is one of a place's own name: a town the gazetteer lacks, one consonant off
    /// an alternate name of the district's seat, is placed at the district, not at the seat.
    func testATypoInsideADistrictIsOneOfThePlacesOwnName() {
        let found = places("A drone strike killed three militants in Mir Ali, a town in North Waziristan district, on Monday.")
        let mirAli = found.first { $0.mention.text == "Mir Ali" }
        XCTAssertNotEqual(mirAli?.mention.place.id, "geonames:1170367", "not Miran Shah")
        XCTAssertEqual(mirAli?.mention.place.kind, .district)
        XCTAssertEqual(mirAli?.mention.precision, .district)
    }

    /// A province the text names elsewhere grounds a place named exactly in it, when the place is the only one
    /// of its name there; never the province a name names itself, nor one of several villages of a name.
    func testAProvinceTheTextNamesGroundsTheOnlyPlaceOfANameInIt() {
        // "Kherson" names no country (a Greek village bears the name too) but names Kherson oblast.
        let bilozerka = places("Kherson: Russian troops fired 74 shells at the region; one person was killed in Bilozerka.")
            .first { $0.mention.text == "Bilozerka" }
        XCTAssertEqual(bilozerka?.mention.place.id, "geonames:712508")
        XCTAssertNil(places("One person was killed in Bilozerka.").first { $0.mention.text == "Bilozerka" }, "no province named")
        // The name of a province is no grounds for itself: Salima is a Malawian district, town and province.
        XCTAssertNil(places("Coalition aircraft struck near Salima, al-Shadadi, Syria.").first { $0.mention.place.country == "MW" })
        // Kherson oblast has several Ivanivkas, most only in the register: none of them stands by the province.
        let ivanivka = places("On 14 March, Russian forces launched a missile strike in Ivanivka, Beryslavskyi district, Kherson.")
            .first { $0.mention.text == "Ivanivka" }
        XCTAssertNotEqual(ivanivka?.mention.precision, .exact)
    }

    /// A plural unit word after a list of names makes each of them a unit, not only the last.
    func testAPluralUnitWordAfterAListNamesEachUnit() {
        let found = places("Russian shelling hit Kharkiv and Donetsk regions overnight; jets bombed Khost, Paktika and Kunar provinces.")
        for name in ["Kharkiv", "Donetsk", "Khost", "Paktika", "Kunar"] {
            let m = found.first { $0.mention.text == name }
            XCTAssertEqual(m?.mention.place.kind, .province, name)
        }
        // "state" is Nigeria's, Sudan's and Myanmar's unit.
        XCTAssertEqual(places("Jets bombed a village in Kaduna state, Nigeria.").first { $0.mention.text == "Kaduna" }?.mention.place.kind, .province)
        // Without the plural word the first name is still the city.
        XCTAssertEqual(places("Russian shelling hit Kharkiv and the Donetsk region overnight.").first { $0.mention.text == "Kharkiv" }?.mention.place.kind, .populated)
    }

    /// A country before a possessive ("Iraq's Kurdistan region") says where the place is: a province of the
    /// name in another country is not meant, nor named as the text's geography; a name the gazetteer knows
    /// only elsewhere is placed at the country.
    func testACountryBeforeAPossessiveQualifiesThePlace() {
        let iraq = places("A Turkish drone struck a car near Sulaymaniyah in Iraq's Kurdistan region, killing two PKK members.")
        XCTAssertFalse(iraq.contains { $0.mention.place.country == "IR" }, "Kordestan is a province of Iran")
        XCTAssertEqual(iraq.first { $0.mention.text == "Sulaymaniyah" }?.mention.place.country, "IQ")
        let kurdistan = iraq.first { $0.mention.text == "Kurdistan" }
        XCTAssertEqual(kurdistan?.mention.place.country, "IQ")
        XCTAssertEqual(kurdistan?.mention.precision, .country)
        XCTAssertFalse(places("China's Commerce Ministry said it would respond.").contains { $0.mention.text == "Commerce" && $0.mention.place.country == "US" })
    }

    /// Names after a comma that run on to "and" are a list: every town of "Raqqa, Hama and Idlib" is struck,
    /// none the unit of the one before it.
    func testACommaListEndingInAndIsAList() {
        let text = "date 2019-01-05\n\nAirstrikes hit Raqqa, Hama and Idlib in Syria on Monday."
        let events = StrikeExtractor(gazetteer: g).extract(Article(source: "t.txt", text: text, published: CalendarDay(iso: "2019-01-05"), bodyStart: 17)).events
        XCTAssertEqual(Set(events.compactMap { $0.mention?.place.id }), ["geonames:172955", "geonames:170017", "geonames:169389"])
        // A unit after a place keeps its comma before "and": "Krokhmalne, Kharkiv, and Ambarne".
        let found = places("Shelling hit Krokhmalne, Kharkiv region, and Ambarne on Monday.")
        XCTAssertNotEqual(found.first { $0.mention.text == "Kharkiv" }?.mention.place.kind, .populated)
    }

    /// A weekday opens no place name: "on Thursday, in Enugu" names Enugu only.
    func testAWeekdayIsNoPlace() {
        XCTAssertFalse(places("The group said in a statement on Thursday, in Enugu, that it would go on.").contains { $0.mention.text == "Thursday" })
        XCTAssertFalse(places("Airstrikes hit Raqqa on Friday in Syria.").contains { $0.mention.text == "Friday" })
    }

    /// A bare compass word before a country is the part of it it names, as "northern" is.
    func testACompassWordBeforeACountryNamesItsPart() {
        let m = places("US forces conducted a precision strike in northwest Syria on Friday.").first { $0.mention.place.id == "geonames:163843" }
        XCTAssertEqual(m?.mention.precision, .region)
        XCTAssertEqual(m?.mention.text, "northwest Syria")
        XCTAssertGreaterThan(m?.mention.coordinate.latitude ?? 0, 35.3, "north of Syria's centroid")
        XCTAssertLessThan(m?.mention.coordinate.longitude ?? 99, 38.0, "west of it")
    }

    func testSpellingsOfOneTownResolveToIt() {
        let cases: [(String, String)] = [
            ("Deir ez-Zor", "geonames:170794"), ("Dayr az Zawr", "geonames:170794"), ("Deir Ezzor", "geonames:170794"),
            ("Dair al-Zour", "geonames:170794"), ("Der Ezzor", "geonames:170794"), ("Raqqa", "geonames:172955"),
            ("Ar-Raqqah", "geonames:172955"), ("Al-Rakka", "geonames:172955"), ("Abu Kamal", "geonames:174448"),
            ("Albu Kamal", "geonames:174448"), ("Al-Bukamal", "geonames:174448"), ("Al-Tanf", "curated:tanf-garrison"),
            ("At Tanf", "curated:tanf-garrison"), ("Baghouz", "curated:baghuz-fawqani"), ("Al-Baghuz Fawqani", "curated:baghuz-fawqani"),
        ]
        for (name, id) in cases {
            // There is no home region: the text names the country its places are in.
            let found = places("Airstrikes hit targets near \(name), Syria, on Friday.")
            XCTAssertEqual(found.first?.mention.place.id, id, name)
        }
    }

    func testTyposResolveOnlyForLongNamesAfterAPlaceCue() {
        // A typo only inside the geography the text establishes.
        XCTAssertEqual(places("In Syria, one strike near Dayz Az Zawr destroyed a tank.").last?.mention.place.id, "geonames:170794")
        XCTAssertEqual(places("In Iraq, two strikes near Tallafar destroyed a building.").last?.mention.place.id, "geonames:90393")
        XCTAssertEqual(places("One strike near Dayz Az Zawr destroyed a tank.").count, 0, "no country named: a typo has no grounds")
        XCTAssertEqual(places("One strike near Mozul destroyed a truck.").count, 0, "5 letters: no typo match")
        XCTAssertEqual(places("One strike near Hif destroyed a truck.").count, 0)
        XCTAssertFalse(g.candidates(forKey: "hxt", allowTypos: true).contains { $0.match == .typo }, "3 letters: no typo match")
    }

    func testCommonWordsNeedThePlaceContext() {
        XCTAssertTrue(places("The strikes hit the village and the bab was closed.").isEmpty)
        XCTAssertEqual(places("Near Hit, two airstrikes struck a unit.").first?.mention.place.id, "geonames:95788")
    }

    func testAmbiguousNamesFollowTheDocumentsContext() {
        XCTAssertEqual(places("In Libya, an airstrike hit Homs on Friday.").last?.mention.place.country, "LY")
        XCTAssertEqual(places("Syrian jets bombed Homs on Friday.").first?.mention.place.country, "SY")
        XCTAssertEqual(places("Russian jets bombed Palmyra, Syria, on Friday.").first { $0.mention.text == "Palmyra" }?.mention.place.id, "geonames:163808")
        // Alone, "Palmyra" is also an old name of towns of 30,000-40,000 in Brazil and the United States: no grounds.
        XCTAssertNil(places("Russian jets bombed Palmyra on Friday.").first { $0.mention.text == "Palmyra" })
        XCTAssertEqual(places("A drone strike near Sinjar, Iraq killed two.").first?.mention.place.country, "IQ")
        XCTAssertEqual(places("A drone strike near Sinjar, Syria killed two.").first?.mention.place.country, "SY")
    }

    func testProvinceCueChoosesTheProvince() {
        let p = places("Shelling hit the eastern province of Deir ez-Zor on Friday.")
        XCTAssertEqual(p.first?.mention.place.kind, .province)
        XCTAssertEqual(p.first?.mention.precision, .province)
        XCTAssertEqual(places("Airstrikes hit Diyala Governorate.").first?.mention.place.kind, .province)
        // English names of governorates (gazetteer/extra-names.tsv).
        XCTAssertEqual(places("Airstrikes hit Nineveh province.").first?.mention.place.id, "ne-admin1:IZ15")
        XCTAssertEqual(places("Shelling hit Salahuddin province.").first?.mention.place.id, "ne-admin1:IZ18")
        XCTAssertEqual(places("Airstrikes hit Anbar on Friday.").first?.mention.place.id, "ne-admin1:IZ01")
        // Without the cue, a name shared by a province and its capital is the town.
        XCTAssertEqual(places("Airstrikes hit Deir Ezzor, Syria, on Friday.").first?.mention.place.id, "geonames:170794")
    }

    func testArabicScriptInTextResolves() {
        XCTAssertEqual(places("Airstrikes hit دير الزور on Friday.").first?.mention.place.id, "geonames:170794")
    }

    func testUnknownVariantsAbroadStayUnresolved() {
        // "Sultan Abdallah" shares consonants with a town in Iran; the text is about Iraq.
        let text = "In Iraq, near Sultan Abdallah, one airstrike struck an ISIL unit."
        XCTAssertFalse(places(text).contains { $0.mention.place.country == "IR" })
        let events = StrikeExtractor(gazetteer: g).extract(Article(source: "t.txt", text: text, published: CalendarDay(iso: "2019-01-05"))).events
        XCTAssertEqual(events.first?.regionText, "Sultan Abdallah", "the strike is kept with its place name")
        XCTAssertEqual(events.first?.aggregate, false)
    }

    func testEveryMentionRecordsTheCandidatesConsidered() {
        let p = places("Airstrikes hit targets in Homs on Friday.")
        guard p.count == 1 else { return XCTFail("\(p)") }
        XCTAssertTrue(p[0].mention.reason.contains("exact name"))
        XCTAssertFalse(p[0].mention.considered.isEmpty, "the province and Al Khums are also Homs")
        XCTAssertEqual(p[0].line, 3)
        XCTAssertEqual(p[0].column, 27)
        XCTAssertTrue(p[0].struck)
    }

    func testLookupRanksWithCountryAndNearPoint() {
        XCTAssertEqual(PlaceLookup(gazetteer: g).rank("Sinjar", country: "SY").first?.place.country, "SY")
        XCTAssertEqual(PlaceLookup(gazetteer: g).rank("Homs", near: Coordinate(latitude: 32.6, longitude: 14.2)).first?.place.country, "LY")
    }
}
