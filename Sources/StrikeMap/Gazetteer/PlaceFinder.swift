/// Finds the spans of a sentence that name places in the gazetteer (longest match first) and the cues
/// around each that help choose among candidates.
struct PlaceFinder {
    private static let words = Lexicon.shared.places, sites = Lexicon.shared.containment
    private static let organisations = Set(words.organisations.map { NameKey.exact($0) })

    struct Found {
        var firstToken: Int
        var lastToken: Int
        var start: Int
        var end: Int
        var text: String
        var candidates: [Gazetteer.Candidate]
        /// "X province", "province of X": a first-order unit is meant.
        var provinceCue = false
        /// "the Abu Kamal area": the district of the name, where the gazetteer has one.
        var areaCue = false
        /// "Sinjar, Iraq" or "Sinjar in Iraq": the country named right after (or before, "Iraq's
        /// Kurdistan region"), or the country of the section heading the sentence is under.
        var countryQualifier: String?
        /// The qualifier is written at the name, not a heading's: releases list a border town under the
        /// other country's heading ("Near Al Qaim" under "Syria").
        var qualifierIsStated = false
        /// "southern Libya", "eastern Syria".
        var direction: String?
        /// The word before the name, lowercased ("near", "in", "from").
        var preceding: String?
        /// What the text says contains the place ("X in northern Hama"), and the index of the container's
        /// span among the sentence's spans.
        var containment: Containment?
        var container: Int?
        /// A site named with the place ("Damascus International Airport"): the area around it is meant.
        var facility = false

        /// The name modifies or acts rather than locates ("US forces", "Russia said", "Turkey's drones"): a
        /// country named so is an actor, not the document's geography.
        var isActorUse = false
        /// "X village", "X area", "X community": the text calls the place a locality.
        var namesLocality = false
        /// "X city": the locality is a city, and a well-known city of the name keeps its grounds.
        var namesCity = false
        /// A name the text puts inside this one agrees with these candidates ("Bossaso, Bari"): the text's
        /// own geography grounds them.
        var corroborated = false
        /// "(coded to Y, Region)": the place a monitor geolocated the report to.
        var codedTo = false

        /// A name the gazetteer lacks, kept because the text names a unit that contains it.
        var isUnknown: Bool { candidates.isEmpty }

        /// The country written at the name ("Iraq's Kurdistan region") holds none of its candidates: those
        /// elsewhere are not meant.
        var namesNothingInQualifier: Bool {
            guard qualifierIsStated, let q = countryQualifier else { return false }
            return !candidates.contains { $0.place.country == q }
        }
    }

    let gazetteer: Gazetteer
    private let cache: CandidateCache

    /// Without a `cache`, the finder keeps its own.
    init(gazetteer: Gazetteer, cache: CandidateCache? = nil) {
        self.gazetteer = gazetteer
        self.cache = cache ?? CandidateCache(for: gazetteer)
    }

    func find(in tokens: [Token], scalars: [Unicode.Scalar]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            if let f = match(at: i, tokens, scalars) {
                found.append(f)
                i = f.lastToken + 1
            } else {
                i += 1
            }
        }
        // Each span's country, by its first token: what "X, Iraq" reads. Looked up, not searched, and never
        // the array being changed (passing it would copy it for every span: quadratic in a long sentence).
        // And by its last token: what "Iraq's X" reads.
        var countryAt: [Int: String] = [:], countryEndingAt: [Int: String] = [:]
        for f in found {
            if let country = f.candidates.first(where: { $0.place.kind == .country })?.place.country {
                countryAt[f.firstToken] = country
                countryEndingAt[f.lastToken] = country
            }
        }
        for k in found.indices { addCues(&found[k], tokens, countryAt, countryEndingAt) }
        // "Khost and Paktika provinces", "Idlib, Hama and Aleppo governorates": a plural unit word after a
        // list of names makes each of them a unit (read from the last name back along the list).
        for k in found.indices.dropLast().reversed() where found[k + 1].provinceCue && !found[k].provinceCue {
            let joiner = found[k].lastToken + 1, next = found[k + 1]
            guard next.firstToken == joiner + 1, tokens[joiner].lower == "," || tokens[joiner].lower == "and",
                  Self.listEndsInPluralUnit(found, from: k + 1, tokens) else { continue }
            found[k].provinceCue = true
        }
        return linkContainers(found, tokens, scalars)
    }

    /// Whether the list of names from `found[k]` on (joined by commas and "and") ends in a plural unit word.
    private static func listEndsInPluralUnit(_ found: [Found], from k: Int, _ tokens: [Token]) -> Bool {
        var k = k
        while true {
            let after = found[k].lastToken + 1
            guard after < tokens.count else { return false }
            if words.pluralProvinceWords.contains(tokens[after]) { return true }
            guard k + 1 < found.count, found[k + 1].firstToken == after + 1, tokens[after].lower == "," || tokens[after].lower == "and" else { return false }
            k += 1
        }
    }

    /// Whether a place name can begin at token `i`. Tokens are read in place, never copied: a copy of a
    /// token retains and releases its text.
    func canStart(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .word, tokens[i].value == nil else { return false }
        // "Nov. 21", "Dec 3": a month, not the village of Nawa.
        if Lexicon.shared.dates.months[tokens[i]] != nil, i + 1 < tokens.count, tokens[i + 1].lower == "." || tokens[i + 1].kind == .number {
            return false
        }
        // "Near Al Hasakah" at the start of a line: a capitalised preposition is not part of the name.
        if tokens[i].isCapitalized {
            return !Self.words.functionWords.contains(tokens[i]) && !Self.words.notPlaces.contains(tokens[i])
        }
        // "al-Qaim", "ar-Raqqah", "al Qaim": a lowercase article before a capitalised name ("at", "as", "an"
        // only with a hyphen: with a space they are English words).
        if Self.words.articles.contains(tokens[i]), i + 1 < tokens.count {
            if tokens[i + 1].kind == .hyphen, i + 2 < tokens.count { return tokens[i + 2].kind == .word && tokens[i + 2].isCapitalized }
            return (tokens[i].lower == "al" || tokens[i].lower == "el") && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized
        }
        return false
    }

    private func match(at i: Int, _ tokens: [Token], _ s: [Unicode.Scalar]) -> Found? {
        guard canStart(tokens, i) else { return nil }
        // Each possible last word, with the cache's hash of the span up to it: one pass over the scalars. At
        // most one end a word, up to one word more than the longest gazetteer name.
        return withUnsafeTemporaryAllocation(of: (token: Int, hash: UInt64).self, capacity: gazetteer.longestName + 1) { ends in
            match(at: i, tokens, s, ends: ends)
        }
    }

    private func match(at i: Int, _ tokens: [Token], _ s: [Unicode.Scalar],
                       ends: UnsafeMutableBufferPointer<(token: Int, hash: UInt64)>) -> Found? {
        // Extend over words joined by spaces or hyphens, up to the longest gazetteer name.
        let first = tokens[i].start
        var last = i, words = 1
        ends[0] = (i, CandidateCache.hash(s, first..<tokens[i].end))
        while last + 1 < tokens.count, words < ends.count {
            let n = last + 1
            if tokens[n].kind == .hyphen, last + 2 < tokens.count, tokens[last + 2].kind == .word, tokens[n].start == tokens[last].end {
                last += 2
            } else if tokens[n].kind == .word, tokens[n].value == nil, tokens[n].isCapitalized || Self.words.articles.contains(tokens[n])
                        || (Self.words.nameJoiners.contains(tokens[n]) && n + 1 < tokens.count && tokens[n + 1].isCapitalized)
                        || Self.sites.siteTails.contains(tokens[n]) {
                // "Trinidad and Tobago", "Bosnia and Herzegovina": a name may hold "and" or "of" between capitals;
                // it only ends at a capitalised word.
                last += 1
            } else {
                break
            }
            let previous = ends[words - 1]
            ends[words] = (last, CandidateCache.hash(s, tokens[previous.token].end..<tokens[last].end, from: previous.hash))
            words += 1
        }
        let afterLocative = i > 0 && Self.words.locativePrepositions.contains(tokens[i - 1])
        // Variants and typos need a stronger cue than "of": "near X", "in X", "city of X".
        let strongCue = i > 0 && (tokens[i - 1].lower != "of" ? afterLocative : i >= 2 && Self.words.placeWordsBeforeOf.contains(tokens[i - 2]))
        // Variants and typos need more than a short all-capitals first word (an acronym).
        let startsWithAcronym = tokens[i].end - tokens[i].start <= 4 && !s[tokens[i].start..<tokens[i].end].contains {
            $0.value < 0x80 ? $0.value >= 0x61 && $0.value <= 0x7A : $0.properties.isLowercase
        }
        for (e, hash) in ends[0..<words].reversed() {
            guard tokens[e].isCapitalized || e == i || (!tokens[e].isCapitalized && Self.sites.siteHeads.contains(tokens[e])) else { continue }
            // "Ceel" of "Ceel-weyne": a name does not end inside a hyphenated word, unless what follows is an
            // English suffix ("Raqqa-based", "US-led").
            if e + 2 < tokens.count, tokens[e + 1].kind == .hyphen, tokens[e + 1].start == tokens[e].end, tokens[e + 2].kind == .word,
               tokens[e + 2].start == tokens[e + 1].end, !Self.words.hyphenSuffixes.contains(tokens[e + 2]) { continue }
            let end = tokens[e].end
            let entry = cache.entry(for: s, first..<end, hash: hash)
            let keyLength = cache.keyLength(entry)
            guard keyLength > 0 else { continue }
            // "Al Shabaab", "Islamic State": a group, never a place, whatever the gazetteer's names say.
            if (i...e).contains(where: { tokens[$0].kind == .word && Self.words.organisationWords.contains(tokens[$0]) })
                || Self.organisations.contains(cache.key(entry).key) { continue }
            let single = e == i
            // Acronyms (SDF, ISIL, AP) and common words need a locative preposition before them, except an
            // acronym that is exactly a country's name ("US sanctions", "the UK").
            var countryAcronymOnly = false
            if single {
                if Self.words.commonWords.contains(tokens[i]) && !afterLocative { continue }
                // "Canadian", "Chinese": a nationality, listed as its country, not the town of Canadian, Texas.
                if Lexicon.shared.demonyms.countries[tokens[i]] != nil { continue }
                if startsWithAcronym && (!afterLocative || tokens[i].end - tokens[i].start <= 2) { countryAcronymOnly = true }
            }
            // Transliteration variants and typos only where the text shows a place (after a locative word), and
            // never for a common word ("Defence", "Wednesday").
            let fuzzyOK = strongCue && keyLength >= 4 && !startsWithAcronym && !(single && Self.words.commonWords.contains(tokens[i]))
            var usable = cache.candidates(entry, allowTypos: fuzzyOK, allowSkeleton: fuzzyOK || !single, in: gazetteer)
            // A name over "and" or "of" is only that name exactly: "Hasakah and Dayr Az Zawr" is two places;
            // over a lowercase site word, the site or its spelling variant ("Mezzeh military airport").
            let overSite = !tokens[e].isCapitalized
            if !single, !overSite, (i...e).contains(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized && Self.words.nameJoiners.contains(tokens[$0]) }) {
                usable = usable.filter { $0.match == .exact }
                if usable.isEmpty { continue }
            }
            if overSite {
                usable = usable.filter { $0.place.kind == .site }
                if usable.isEmpty { continue }
            }
            if countryAcronymOnly {
                usable = usable.filter { $0.match == .exact && $0.place.kind == .country }
                if usable.isEmpty { continue }
            }
            if !usable.isEmpty {
                return Found(firstToken: i, lastToken: e, start: first, end: end, text: s.text(first..<end),
                             candidates: usable, preceding: i > 0 ? tokens[i - 1].lower : nil)
            }
        }
        return nil
    }

    private func addCues(_ f: inout Found, _ tokens: [Token], _ countryAt: [Int: String], _ countryEndingAt: [Int: String]) {
        let after = f.lastToken + 1 < tokens.count ? tokens[f.lastToken + 1] : nil
        if let a = after, Self.words.provinceWords.contains(a) { f.provinceCue = true }
        if let a = after, a.lower == "area" { f.areaCue = true }
        // ("X district", "X raion" name a unit, not a locality.)
        if let a = after, !a.isCapitalized, Self.sites.settlementWords.contains(a), !Self.words.provinceWords.contains(a) {
            f.namesLocality = true
            f.namesCity = a.lower == "city"
        }
        // "province of X", "governorate of X", "the eastern province of X"
        if f.firstToken >= 2, tokens[f.firstToken - 1].lower == "of", Self.words.provinceWords.contains(tokens[f.firstToken - 2]) {
            f.provinceCue = true
        }
        if f.firstToken >= 1, case let d = tokens[f.firstToken - 1], d.kind == .word,
           Self.words.directions[d] != nil || !d.isCapitalized && Self.words.compassWords[d] != nil {
            f.direction = d.lower
        }
        // "Iraq's Kurdistan region", "Sudan's Northern State": a country before a possessive qualifies the place.
        if f.firstToken >= 2, tokens[f.firstToken - 1].kind == .possessive, let country = countryEndingAt[f.firstToken - 2] {
            f.countryQualifier = country
            f.qualifierIsStated = true
        }
        // "Sinjar, Iraq" / "Sinjar in Iraq": a country name right after qualifies the place.
        if let a = after, a.lower == "," || a.lower == "in" {
            if let country = countryAt[f.lastToken + 2] {
                f.countryQualifier = country
                f.qualifierIsStated = true
            }
        }
        if let a = after, a.isCapitalized, Lexicon.shared.containment.facilityWords.contains(a) { f.facility = true }
    }
}
