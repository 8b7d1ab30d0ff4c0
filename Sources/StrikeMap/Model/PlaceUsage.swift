/// How a text uses a place name, in GeoWebNews' pragmatic terms (Gritta et al. 2019, "A pragmatic guide
/// to geoparsing evaluation"): only literal uses can be where a strike hit; the others still say what a
/// text is about.
public enum PlaceUsage: String, Sendable, CaseIterable {
    /// The place itself: "flew to Paris", "in Afrin".
    case literal
    /// The place modifying a noun for a part or feature of it: "the Idlib countryside", "the Syrian city".
    case literalModifier = "literal_modifier"
    /// The place (or its adjective) modifying something that is not the place: "US sanctions", "a Russian spy".
    case modifier
    /// The place standing for its government or people: "Russia said", "Damascus denied".
    case metonymic
    /// The name inside a longer name of something else: "England" in "Bank of England".
    case embedded
    /// People of the place: "the Syrians".
    case demonym
}
