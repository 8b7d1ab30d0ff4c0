/// The words around a place name that say how a text uses it (`PlaceUsage`), read by `places`.
struct UsageWords: Sendable {
    /// After a place as subject these make it its government or people ("Russia said", "Damascus denied").
    let metonymVerbs: WordSet
    /// After a place name (or a demonym) these nouns are a part or feature of the place ("the Idlib
    /// countryside", "the Syrian border"): a literal modifier, where any other noun makes a modifier.
    let placeNouns: WordSet
    /// Capitalised words after a name that make it part of an institution's name ("Manila Cathedral",
    /// "Russian Higher School of Economics", "Oxford University").
    let institutionWords: WordSet

    init(_ r: inout WordRegistry) {
        metonymVerbs = r.set([
            "said", "says", "say", "denied", "denies", "deny", "announced", "announces", "accused", "accuses", "warned",
            "warns", "claimed", "claims", "insisted", "insists", "condemned", "condemns", "urged", "urges", "demanded",
            "demands", "rejected", "rejects", "agreed", "agrees", "signed", "signs", "vowed", "vows", "threatened",
            "threatens", "refused", "refuses", "responded", "responds", "confirmed", "confirms", "wants", "wanted",
            "supports", "supported", "backs", "backed", "voted", "votes", "won", "wins", "beat", "beats", "lost",
            "has", "have", "had", "will", "would", "is", "was", "are", "were", "plans", "planned",
        ])
        placeNouns = r.set([
            "countryside", "border", "borders", "city", "town", "village", "province", "governorate", "district",
            "region", "area", "coast", "coastline", "desert", "capital", "outskirts", "suburbs", "territory",
            "side", "mountains", "valley", "river", "shore", "north", "south", "east", "west", "centre", "center",
            "frontier", "countrysides", "airspace", "waters", "port", "interior", "mainland",
        ])
        institutionWords = r.set([
            "university", "college", "school", "academy", "institute", "cathedral", "church", "mosque", "hospital",
            "bank", "council", "court", "party", "times", "post", "news", "herald", "tribune", "journal", "club",
            "united", "city", "county", "fc", "airlines", "airways", "railroad", "railway", "company", "corporation",
            "group", "centre", "center", "market", "hotel", "museum", "stadium", "police", "army", "navy", "league",
            "association", "union", "foundation", "ministry", "department", "office", "embassy", "higher", "state",
        ])
    }
}
