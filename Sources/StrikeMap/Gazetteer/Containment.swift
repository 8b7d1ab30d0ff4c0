/// What the text says contains a place span, read from the tokens right after it:
///
/// - "X in Y", "X in northern Y", "X in the Y countryside", "X in Y province": stated;
/// - "X in the [eastern] countryside of Y", "X on the outskirts of Y": stated, around the town Y;
/// - "X (Y)": stated;
/// - "X, north of Y", "X west of Y": stated, around Y;
/// - "X, a village in Y": what follows the apposition;
/// - "the X region of Y", "the X area of Y": stated;
/// - "X, Y": listed, since "Raqqa, Deir ez-Zor and Hasakah" is a list as often as "Manbij, Aleppo" is a
///   containment; a country after the comma ("Sinjar, Iraq") is stated.
///
/// A stated container limits the place to candidates inside it (`PlaceResolver`); a listed one only
/// keeps spelling variants out of units the text does not name.
struct Containment: Sendable, Equatable {
    enum Strength: Sendable, Equatable { case stated, listed }

    /// The token the container's name begins at.
    var containerToken: Int
    var strength: Strength
    /// The part of the container named: "northern" in "X in northern Hama" or "the northern countryside of Hama".
    var part: String?
    /// "the countryside of Y", "the outskirts of Y", "north of Y": the area around the town Y.
    var around = false
    /// "X, Y": a comma, not a preposition, links the two.
    var viaComma = false
    /// "X area near Y": X lies within a short distance of Y.
    var near = false

    private static let words = Lexicon.shared.containment, places = Lexicon.shared.places

    /// The containment stated after the span ending at token `last`, if the tokens spell one.
    static func read(after spanEnd: Int, _ t: [Token]) -> Containment? {
        var j = spanEnd + 1
        // "Mitiga airport in Tripoli": the containment after the site's words is the site's.
        // ("the Jabal al-Zawiya area of Idlib": a word followed by "of" heads the containment itself.)
        while j < t.count, !t[j].isCapitalized, words.siteTails.contains(t[j]) || words.settlementWords.contains(t[j]),
              !(j + 1 < t.count && t[j + 1].lower == "of" && words.areaHeads.contains(t[j])) { j += 1 }
        let last = j - 1
        guard j < t.count else { return nil }
        switch t[j].lower {
        case "near" where j > spanEnd + 1:
            // "Maragathe area near Qandala town", "Ceel-weyne village near Ceel Baraf village": after the
            // settlement's word, "near" says where the settlement is.
            return Containment(containerToken: j + 1, strength: .stated, near: true)
        case "(":
            return Containment(containerToken: j + 1, strength: .stated)
        case ",":
            // "X, a village in the southern Idlib countryside": the apposition says what contains X.
            if j + 3 < t.count, t[j + 1].lower == "a" || t[j + 1].lower == "the", places.placeWordsBeforeOf.contains(t[j + 2]),
               t[j + 3].lower == "in" || t[j + 3].lower == "on" {
                return read(after: j + 2, t)
            }
            // "X, north of Y"
            if j + 3 < t.count, Lexicon.shared.locationCues.bearings[t[j + 1]] != nil, t[j + 2].lower == "of" {
                return Containment(containerToken: j + 3, strength: .stated, around: true)
            }
            return Containment(containerToken: j + 1, strength: .listed, viaComma: true)
        case "in", "on":
            j += 1
            if j < t.count, t[j].lower == "the" { j += 1 }
            var part: String?
            if j < t.count, places.directions[t[j]] != nil { part = t[j].lower; j += 1 }
            // "in the eastern countryside of Y", "on the outskirts of Y"
            if j + 2 < t.count, words.areaHeads.contains(t[j]), t[j + 1].lower == "of" {
                return Containment(containerToken: j + 2, strength: .stated, part: part, around: words.aroundHeads.contains(t[j]))
            }
            guard t[last + 1].lower == "in", j < t.count else { return nil }
            return Containment(containerToken: j, strength: .stated, part: part)
        case _ where Lexicon.shared.locationCues.bearings[t[j]] != nil && j + 2 < t.count && t[j + 1].lower == "of":
            // "al-Mawasi west of Khan Younis": without a comma too, the bearing says where X lies.
            return Containment(containerToken: j + 2, strength: .stated, around: true)
        default:
            // "the Haftanin region of Duhok", "the Jabal al-Zawiya area of Idlib"
            if j + 2 < t.count, words.areaHeads.contains(t[j]), t[j + 1].lower == "of" {
                return Containment(containerToken: j + 2, strength: .stated, around: words.aroundHeads.contains(t[j]))
            }
            return nil
        }
    }

    /// After the container span ending at `last`: "the Y countryside" is the area around Y.
    static func isAround(after last: Int, _ t: [Token]) -> Bool {
        last + 1 < t.count && words.aroundHeads.contains(t[last + 1])
    }
}
