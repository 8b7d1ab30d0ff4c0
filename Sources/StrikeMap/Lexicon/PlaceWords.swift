/// Words around place names: the cues that a capitalised word is (or is not) a place, and how the text
/// says where in a place something happened. `PlaceFinder` and the extractor's place passes read them.
struct PlaceWords: Sendable {
    /// Capitalised words that begin sentences or name institutions, never a place on their own. A name that
    /// is one of these ("Hit", "Bab") is only taken after a locative preposition.
    let commonWords: WordSet
    /// Prepositions, articles, conjunctions and pronouns: capitalised at the start of a sentence or list
    /// line, they never begin a place name.
    let functionWords: WordSet
    /// Groups, peoples and faiths: capitalised like places and sometimes one letter from one ("Hamas" and
    /// Homs, "Kurdish" and a village), never a place themselves.
    let notPlaces: WordSet
    /// Words no place name holds anywhere in it ("Al Shabaab", "Wagner Group"); `notPlaces` only may not
    /// begin one ("Ayn al Arab" is a town).
    let organisationWords: WordSet
    /// Armed groups whose names are phrases of ordinary words: never a place, whatever a gazetteer's
    /// alternate names say. `PlaceFinder` compares them as name keys (`NameKey` needs the lexicon itself,
    /// so the keys are made there).
    let organisations: [String]
    /// Words after a hyphen that make a name a modifier ("Raqqa-based", "US-led", "Kremlin-backed"), not part
    /// of a longer name.
    let hyphenSuffixes: WordSet
    /// Words that join the items of a list of places ("X, Y and Z"): a comma before them lists, it does not
    /// contain.
    let listJoiners: WordSet
    /// Before a place, these make it the location of what the clause reports.
    let locativePrepositions: WordSet
    /// Before "of X", these make X the location: places, parts of places and directions.
    let partOfPlace: WordSet
    /// Before "of X", these make X a place even for a name that could be a common word ("the town of Hit").
    let placeWordsBeforeOf: WordSet
    /// Words after a name that mark a first-order unit ("Homs province", "Diyala Governorate").
    let provinceWords: WordSet
    /// Those of `provinceWords` that name several units: after a list, each name of it is one ("Khost and
    /// Paktika provinces", "Kharkiv and Donetsk regions").
    let pluralProvinceWords: WordSet
    /// "southern Libya": the part of a country or province a direction word names, as a fraction of its
    /// extent from the south-west corner (x, y).
    let directions: WordMap<(Double, Double)>
    /// "in northwest Syria", "south Lebanon": a bare compass word in lowercase before a country or province
    /// names its part as `directions` do (capitalised, it begins a name: "North Waziristan", "West Bank").
    let compassWords: WordMap<(Double, Double)>

    /// The fraction of `directions` or `compassWords` for a direction as written.
    func directionFraction(_ word: String) -> (Double, Double)? { directions[word] ?? compassWords[word] }
    /// Lowercase words inside a name between capitalised ones ("Trinidad and Tobago", "Isle of Man").
    let nameJoiners: WordSet
    /// Forms of the Arabic definite article as transliterated (al-, el-, ad-, ar-, as-, ash-, ...): part of
    /// a name, folded away by `NameKey`.
    let articles: WordSet

    init(_ r: inout WordRegistry) {
        commonWords = r.set([
            "the", "a", "an", "on", "in", "at", "of", "near", "and", "but", "or", "for", "to", "from", "with", "by", "as",
            "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "then", "while",
            "when", "where", "after", "before", "since", "during", "however", "meanwhile", "according", "also", "all",
            "some", "many", "most", "more", "one", "two", "three", "another", "other", "each", "both", "such", "no", "not",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "president", "minister", "general", "captain", "colonel", "commander", "spokesman", "spokesperson", "official",
            "coalition", "army", "forces", "force", "command", "central", "news", "press", "report", "reports", "air",
            "strike", "strikes", "military", "government", "united", "states", "kingdom", "democratic", "islamic", "state",
            "republic", "national", "security", "council", "department", "defense", "defence", "office", "media", "home",
            "world", "middle", "east", "west", "north", "south", "new", "old", "great", "hit", "bab", "mar", "marine",
            "corps", "navy", "operation", "task", "joint", "combined", "inherent", "resolve", "victory", "free", "read",
            "comments", "share", "leave", "reply", "photo", "file", "image", "video", "source", "sources", "local",
            "human", "rights", "observatory", "monitor", "group", "front", "party", "union", "house", "white", "times",
            "post", "daily", "agency", "senior", "chief", "head", "deputy", "prime", "king", "prince",
            "sheikh", "imam", "mosque", "hospital", "school", "camp", "base", "city", "town", "village", "province",
            "governorate", "district", "region", "area", "border", "river", "lake", "mountain", "valley", "desert",
            "police", "fire", "fires", "heavy", "several", "dozens", "hundreds", "thousands", "over", "under", "about",
            "around", "between", "until", "till", "up", "down", "out", "off", "again", "still", "just", "only", "even",
            "said", "says", "told", "added", "noted", "asked", "called", "stated", "claimed", "reported", "announced",
            "killed", "wounded", "dead", "strong", "hope", "peace", "star", "sun", "moon", "gold",
        ])
        functionWords = r.set([
            "the", "a", "an", "on", "in", "at", "of", "near", "and", "but", "or", "for", "to", "from", "with", "by", "as",
            "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "then", "while",
            "when", "where", "after", "before", "since", "during", "however", "meanwhile", "according", "also", "some",
            "many", "most", "each", "both", "such", "no", "not", "around", "outside", "inside", "into", "across", "between",
            "against", "toward", "towards", "northwest", "northeast", "southwest", "southeast", "approximately", "about",
            "over", "under", "until", "till", "via", "if", "although", "though", "because", "throughout", "within",
        ])
        notPlaces = r.set([
            "hamas", "hezbollah", "hizbollah", "isis", "isil", "daesh", "taliban", "houthi", "houthis", "ypg", "pkk", "sdf",
            "qaeda", "nusra", "hts", "fsa", "pmf", "peshmerga", "jihadist", "jihadists", "kurdish", "kurds", "kurd", "arab",
            "arabs", "sunni", "sunnis", "shia", "shiite", "shiites", "christian", "christians", "yazidi", "yazidis", "alawite",
            "druze", "turkmen", "assyrian", "european", "western", "american", "russian", "turkish", "israeli", "iranian",
            "syrian", "iraqi", "libyan", "jordanian", "lebanese", "egyptian", "saudi", "emirati", "qatari", "french",
            "british", "german", "islamist", "islamists", "muslim", "muslims", "jewish", "palestinians", "bedouin",
            "somali", "ukrainian", "yemeni", "afghan", "pakistani", "sudanese", "ethiopian", "kenyan", "malian", "nigerian",
            // A weekday opens no place name ("on Thursday, in Enugu"; Thursday Island is lost to this).
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        ])
        organisationWords = r.set(["shabaab", "shabab", "wagner", "qaida", "qaeda", "aqap", "jnim", "iswap", "ttp", "hezbollah", "hizbollah",
                                   "hamas", "houthi", "houthis", "taliban", "daesh", "isis", "isil"])
        organisations = [
            "islamic state", "islamic state of iraq", "islamic state of iraq and syria", "islamic state of iraq and the levant",
            "islamic state in iraq and the levant", "islamic state in iraq and syria", "islamic state khorasan", "islamic state somalia",
            "islamic state west africa", "ansar allah", "ahrar al sham", "jabhat al nusra", "jabhat fatah al sham", "boko haram",
            "al qaeda", "al qaida", "al shabaab", "al shabab", "harakat al shabaab al mujahideen", "wagner group", "islamic jihad",
            "palestinian islamic jihad", "popular mobilization forces", "popular mobilisation forces", "kataib hezbollah",
            "tehrik i taliban pakistan", "rapid support forces", "hayat tahrir al sham",
        ]
        hyphenSuffixes = r.set([
            "based", "led", "held", "controlled", "backed", "born", "bound", "linked", "affiliated", "run", "style", "era", "area",
            "side", "wide", "registered", "owned", "made", "supported", "allied", "aligned", "occupied", "bred", "raised",
        ])
        listJoiners = r.set(["and", "or", "&", "as", "while"])
        locativePrepositions = r.set([
            "near", "in", "on", "at", "around", "outside", "of", "across", "over", "inside", "into", "within", "nearby",
            "targeting", "against", "toward", "towards", "from", "to", "hit", "struck", "pounded", "bombed", "shelled",
            "bombarded", "bombarding", "raided", "attacked", "targeted", "hitting", "striking", "shelling",
            "northwest", "northeast", "southwest", "southeast", "north", "south", "east", "west", "vicinity", "outskirts",
        ])
        partOfPlace = r.set([
            "city", "cities", "town", "towns", "village", "villages", "valley", "valleys", "province", "provinces", "governorate", "district",
            "region", "area", "areas", "outskirts", "vicinity", "countryside", "suburbs", "suburb", "centre", "center",
            "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "quarter", "quarters", "part", "parts", "east", "west", "north", "south", "northeast", "northwest",
            "southeast", "southwest", "n", "s", "e", "w", "ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw", "wsw",
            "wnw", "nnw", "heart", "edge", "edges", "environs", "banks", "bank", "port", "capital", "desert", "border",
            "municipality", "camp", "subdistrict", "enclave", "pocket", "stronghold", "territory", "hamlet", "direction",
        ])
        placeWordsBeforeOf = r.set(["city", "town", "village", "province", "outskirts", "vicinity", "governorate", "district",
                                    "area", "countryside", "region", "suburbs"])
        // ("Kaduna state", "Northern State", "Kaduna and Kano states": Nigeria's, Sudan's and Myanmar's units.)
        let plural = ["provinces", "governorates", "regions", "districts", "oblasts", "raions", "rayons", "states"]
        provinceWords = r.set(["province", "governorate", "governate", "muhafazat", "wilayat", "region", "district", "subdistrict",
                               "oblast", "raion", "rayon", "state"] + plural)
        pluralProvinceWords = r.set(plural)
        directions = r.map([
            "northern": (0.5, 0.8), "southern": (0.5, 0.2), "eastern": (0.8, 0.5), "western": (0.2, 0.5),
            "central": (0.5, 0.5), "northeastern": (0.8, 0.8), "northwestern": (0.2, 0.8), "southeastern": (0.8, 0.2),
            "southwestern": (0.2, 0.2), "north-eastern": (0.8, 0.8), "north-western": (0.2, 0.8),
            "south-eastern": (0.8, 0.2), "south-western": (0.2, 0.2),
        ])
        compassWords = r.map([
            "north": (0.5, 0.8), "south": (0.5, 0.2), "east": (0.8, 0.5), "west": (0.2, 0.5),
            "northeast": (0.8, 0.8), "northwest": (0.2, 0.8), "southeast": (0.8, 0.2), "southwest": (0.2, 0.2),
        ])
        nameJoiners = r.set(["and", "of", "de", "del", "la", "le", "du", "da", "do", "dos", "das", "upon", "on"])
        articles = r.set(["al", "el", "il", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ed", "er", "es", "esh",
                          "et", "ez", "en", "ech", "ag", "ak", "aj"])
    }
}
