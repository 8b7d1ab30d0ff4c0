/// How a text says what contains a place: "X in Y", "X (Y)", "X in the countryside of Y", "X in Y
/// province", "Syrian city of X". `Containment` reads them after a place span; the resolver then keeps
/// only the candidates inside the unit named.
struct ContainmentWords: Sendable {
    /// "in the [eastern] countryside of Y", "in the Y countryside": words for an area that a place names.
    let areaHeads: WordSet
    /// ... of which these are the area around a town rather than the town ("the countryside of Aleppo" is
    /// up to about 50 km out), and name its province when one has the town's name.
    let aroundHeads: WordSet
    /// A demonym before one of these names its country as a place ("the Syrian city of X", "the Libyan
    /// capital", "the Iraqi border"); before anything else ("Turkish forces", "Israeli jets") it names an
    /// actor, and the country is not where the text is.
    let demonymPlaceWords: WordSet
    /// After a place name these say the text means a site at or in it ("Damascus International Airport",
    /// "Mosul University", "Raqqa National Hospital"): the event goes to the limited area around the place.
    let facilityWords: WordSet

    /// Lowercase words that may end or continue a site's name ("Mezzeh military airport", "Mitiga air base"):
    /// the finder reads them as part of the name when the gazetteer has the whole, and a containment after
    /// them ("Mitiga airport in Tripoli") is the site's.
    let siteTails: WordSet
    /// Of those, the words a site's name can end with.
    let siteHeads: WordSet
    /// Lowercase words after a name that say what kind of place it is ("Balade village (Bossaso, Bari)",
    /// "Esmanska community", "the Tokmatska hromada, Zaporizhia region"): the containment after them is
    /// the name's.
    let settlementWords: WordSet

    init(_ r: inout WordRegistry) {
        siteTails = r.set(["airport", "airbase", "airfield", "base", "field", "military", "air", "international"])
        siteHeads = r.set(["airport", "airbase", "airfield", "base", "field"])
        settlementWords = r.set([
            "village", "villages", "town", "towns", "city", "area", "areas", "community", "communities", "hromada", "settlement",
            "settlements", "locality", "neighbourhood", "neighborhood", "district", "raion", "rayon", "camp", "mountains",
            "mountain", "hills", "valley", "farms", "outskirts", "market", "markets",
            // "the Jabalia refugee camp": the camp's kind before its head word.
            "refugee", "displacement", "island", "islands",
        ])
        areaHeads = r.set([
            "countryside", "outskirts", "suburbs", "environs", "vicinity", "province", "governorate", "district",
            "subdistrict", "region", "area", "desert", "plains", "mountains", "valley", "countrysides",
        ])
        aroundHeads = r.set(["countryside", "outskirts", "suburbs", "environs", "vicinity", "countrysides", "area"])
        demonymPlaceWords = r.set([
            "city", "town", "village", "province", "governorate", "capital", "border", "territory", "territories",
            "cities", "towns", "villages", "provinces", "governorates", "regions", "districts", "ports",
            "coast", "coastline", "desert", "side", "countryside", "region", "port", "district", "soil", "airspace",
            "frontier", "hinterland", "interior", "south", "north", "east", "west", "mainland",
        ])
        facilityWords = r.set([
            "airport", "airbase", "air", "hospital", "university", "stadium", "prison", "camp", "market", "mosque",
            "refinery", "station", "barracks", "academy", "bridge", "port", "harbour", "harbor", "neighbourhood",
            "neighborhood", "quarter", "square", "military", "international", "national", "central", "general",
        ])
    }
}
