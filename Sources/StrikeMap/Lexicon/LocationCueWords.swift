/// How a strike's sentence says where it hit: the words the extractor's place passes read between a
/// trigger and its places ("2 km north of X", "near X", "X and Y", "which ..." ending the clause).
struct LocationCueWords: Sendable {
    /// Before a place, these say the clause is about movement or company, not where something was hit.
    let nonLocative: WordSet
    /// Compass words, as degrees clockwise from north ("2 km north of", "10 NM NNW of").
    let bearings: WordMap<Double>
    /// Units of an offset, as kilometres per unit (a nautical mile is 1.852 km exactly).
    let kmPerUnit: WordMap<Double>
    /// Where the clause of a trigger ends: a relative "which"/"who", a semicolon, "while"/"but".
    let clauseBreaks: WordSet
    /// After a place, the verbs that make it the subject of a strike it suffered: "Kupiansk came under
    /// shelling", "Nikopol was shelled", "Odesa was hit by drones".
    let sufferedAttack: WordSet
    /// Before a place, these make it an area around the place, not the place itself (precision 2) ...
    let nearWords: WordSet
    /// ... and so do these before "of X" ("the outskirts of X").
    let areaWordsBeforeOf: WordSet
    /// Between two places, these join them in a list ("Hajin, Baghouz and Susah") ...
    let listJoiners: WordSet
    /// ... and so may these too, if a joiner is also there ("near Hajin and near Susah").
    let listConnectives: WordSet
    /// After these, a capitalised name the gazetteer does not know is reported as an unknown place.
    let unknownPlaceCues: WordSet
    /// After these, such a name is listed in the document's warnings as not in the gazetteer.
    let unresolvedCues: WordSet

    init(_ r: inout WordRegistry) {
        nonLocative = r.set(["from", "to", "toward", "towards", "into", "with", "by", "for", "than", "via", "between"])
        bearings = r.map([
            "north": 0, "n": 0, "northeast": 45, "ne": 45, "east": 90, "e": 90, "southeast": 135, "se": 135,
            "south": 180, "s": 180, "southwest": 225, "sw": 225, "west": 270, "w": 270, "northwest": 315, "nw": 315,
            "nne": 22.5, "ene": 67.5, "ese": 112.5, "sse": 157.5, "ssw": 202.5, "wsw": 247.5, "wnw": 292.5, "nnw": 337.5,
        ])
        kmPerUnit = r.map([
            "km": 1, "kms": 1, "kilometers": 1, "kilometres": 1, "kilometer": 1, "kilometre": 1, "miles": 1.609344,
            "mile": 1.609344, "mi": 1.609344, "nm": 1.852, "nmi": 1.852,
        ])
        clauseBreaks = r.set([";", "which", "who", "whom", "while", "but", "whereas", "although", "though"])
        sufferedAttack = r.set(["came", "was", "were"])
        nearWords = r.set(["near", "around", "outside", "nearby", "vicinity", "outskirts"])
        areaWordsBeforeOf = r.set(["outskirts", "vicinity", "area", "countryside", "direction"])
        listJoiners = r.set([",", "and", "or"])
        listConnectives = r.set(["near", "in"])
        unknownPlaceCues = r.set(["near", "in", "outside", "around", "vicinity", "toward", "towards"])
        unresolvedCues = r.set(["near", "outside"])
    }
}
