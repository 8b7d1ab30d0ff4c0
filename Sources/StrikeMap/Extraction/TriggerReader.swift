/// Finds the triggers of a sentence: the words that report a strike (`TriggerWords`), less those whose
/// context makes them something else.
enum TriggerReader {
    struct Trigger {
        var firstToken: Int
        var lastToken: Int
        var kind: StrikeKind
        /// A plural noun ("strikes"): a count of one is not implied.
        var plural: Bool
    }

    private static let words = Lexicon.shared.triggers

    static func triggers(in t: [Token]) -> [Trigger] {
        var out: [Trigger] = []
        var i = 0
        while i < t.count {
            let w = t[i].lower
            // The byte tests only spare most words the Unicode-aware ones; they decide nothing.
            guard t[i].kind == .word, words.firstWords.contains(t[i])
                    || (w.utf8.count >= 8 && w.utf8.starts(with: "air".utf8) && w.hasPrefix("air") && w.count >= 8) else { i += 1; continue }
            var found: Trigger?
            // "Russian forces struck Kherson with MLRS": the weapon tells the kind of the strike the verb
            // reported (the weapon's own trigger below is then the same report, merged with it).
            if let kind = words.weaponSubjects[t[i]], let by = instrumentPreposition(before: i, t), let last = out.indices.last,
               out[last].lastToken >= max(0, by - 8), out[last].lastToken < by, out[last].kind == .strike {
                out[last].kind = kind
            }
            // two words: "air strike", "drone attacks", "artillery fire", "missile strike", "air raid"
            var j = i + 1
            if j < t.count, t[j].kind == .hyphen { j += 1 }
            if words.pairFirstWords.contains(t[i]),
               j < t.count, words.attackNouns.contains(t[j]) {
                found = Trigger(firstToken: i, lastToken: j, kind: pairKind(w), plural: t[j].lower.hasSuffix("s"))
            } else if let kind = words.weaponSubjects[t[i]], !isPlatform(i, t), let v = verb(after: i, t, in: words.hittingVerbs) {
                // "coalition jets struck Hajin", "jets allegedly struck", "warplanes were reported to have targeted":
                // the weapon and its verb are the trigger.
                found = Trigger(firstToken: i, lastToken: v, kind: kind, plural: w.hasSuffix("s"))
            } else if let kind = words.weaponSubjects[t[i]], words.ammunition.contains(t[i]), impactVerb(after: i, t) != nil {
                // "Indiscriminate shells fired by presumed LNA forces fell in X": ammunition and its impact a few
                // words apart.
                found = Trigger(firstToken: i, lastToken: i, kind: kind, plural: w.hasSuffix("s"))
            } else if let kind = words.weaponSubjects[t[i]], let by = instrumentPreposition(before: i, t),
                      t[max(0, by - 8)..<by].contains(where: { words.hittingVerbs.contains($0) || words.attackerVerbs.contains($0) }) {
                // "targeted the village with drones", "was attacked by helicopters", "hit with a drone"
                found = Trigger(firstToken: i, lastToken: i, kind: kind, plural: w.hasSuffix("s"))
            } else if words.launchVerbs.contains(t[i]), j >= t.count || !words.modifiedNouns.contains(t[j]),
                      let (k, kind) = launchedWeapon(after: i, t) {
                // "fired 2 107mm rockets toward", "launched a guided aerial bomb at", "dropped explosives on"; not
                // "a mortar firing position and an ISIL rocket", where the verb names a position.
                found = Trigger(firstToken: i, lastToken: k, kind: kind, plural: t[k].lower.hasSuffix("s"))
            } else if words.attackers.contains(t[i]), !isAgent(i, t),
                      let v = verb(after: i, t, in: words.attackerVerbs)
                        ?? (i > 0 && t[i - 1].lower == "air" || w == "aviation" ? verb(after: i, t, in: words.airForceVerbs) : nil) {
                // "Russian air forces struck near X", "Ukrainian forces hit with a drone a vehicle"; not the agent of
                // another trigger ("Rocket fire by regime forces hit X").
                let air = i > 0 && (t[i - 1].lower == "air" || t[i].lower == "aviation")
                // ("Army drone strikes hit X": the "verb" is the noun of a pair, which tells the kind.)
                let pair = v > i + 1 && words.pairFirstWords.contains(t[v - 1]) && words.attackNouns.contains(t[v]) ? pairKind(t[v - 1].lower) : nil
                // ("Army drones struck X", "army helicopters bombed X": the weapon between tells the kind.)
                let weapon = ((i + 1)..<v).lazy.compactMap { words.weaponSubjects[t[$0]] }.last
                found = Trigger(firstToken: i, lastToken: v, kind: air ? .airstrike : pair ?? weapon ?? .strike, plural: false)
            } else if words.attackers.contains(t[i]), j + 2 < t.count, words.fireVerbs.contains(t[j]), words.firedTowards.contains(t[j + 1]) || t[j + 1].lower == "on",
                      t[j + 2].kind == .word, t[j + 2].isCapitalized, Lexicon.shared.demonyms.countries[t[j + 2]] == nil,
                      !t[(j + 2)..<min(t.count, j + 5)].contains(where: { Lexicon.shared.places.organisationWords.contains($0) }),
                      !isAgent(i, t) {
                // "Russian forces fired at Kherson", "fired on Nikopol": a name after the direction, not a group,
                // a nationality's forces or "protesters".
                found = Trigger(firstToken: i, lastToken: j, kind: .strike, plural: false)
            } else if let kind = words.weaponSubjects[t[i]], words.ammunition.contains(t[i]), j < t.count, words.firedTowards.contains(t[j]) {
                // "mortar shells towards the base", "rockets at the airport"
                found = Trigger(firstToken: i, lastToken: i, kind: kind, plural: w.hasSuffix("s"))
            } else if let (kind, plural) = words.single[t[i]] {
                // "artillery shelling" is one trigger.
                let last = w == "artillery" && j < t.count && t[j].lower == "shelling" ? j : i
                found = Trigger(firstToken: i, lastToken: last, kind: kind, plural: plural)
            } else if words.bombFirstWords.contains(t[i]), j < t.count, words.bombWords.contains(t[j]) {
                // "helicopters dropped barrel bombs on X", "cluster munitions"
                found = Trigger(firstToken: i, lastToken: j, kind: .airstrike, plural: t[j].lower.hasSuffix("s"))
            } else if w.hasPrefix("air"), w.count >= 8, let plural = Self.misspeltAirstrike(w) {
                // "an airstike struck": one letter off, in an official release.
                found = Trigger(firstToken: i, lastToken: i, kind: .airstrike, plural: plural)
            }
            if var f = found, isEvent(f, t) {
                if f.kind == .strike, f.firstToken > 0 {
                    switch t[f.firstToken - 1].lower {
                    case "drone", "uav": f.kind = .droneStrike; f.firstToken -= 1
                    case "missile", "cruise": f.kind = .missile
                    case "artillery", "mortar", "rocket": f.kind = .artillery
                    default: break
                    }
                }
                out.append(f)
                i = f.lastToken + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// The kind a pair's first word gives its attack noun: "air strike", "drone attacks", "missile strike",
    /// "artillery fire".
    private static func pairKind(_ w: String) -> StrikeKind {
        w == "air" || w == "aerial" ? .airstrike : (w.hasPrefix("drone") || w == "uav") ? .droneStrike : w.hasPrefix("missile") ? .missile : .artillery
    }

    /// Whether the force at `i` is the agent of another trigger ("Rocket fire by regime forces hit X"), not
    /// the subject of a verb of its own.
    private static func isAgent(_ i: Int, _ t: [Token]) -> Bool {
        t[max(0, i - 3)..<i].contains { $0.lower == "by" }
    }

    /// The verb of `verbs` right after the subject at `i`, over hedges and adverbs ("allegedly", "were
    /// reported to have"): at most five words.
    private static func verb(after i: Int, _ t: [Token], in verbs: WordSet) -> Int? {
        var k = i + 1, start = i
        // Whose weapon it is, between it and its verb: "warplanes of the Saudi-led coalition struck", "jets
        // belonging to the Syrian air force pounded", "drones from Russian forces hit".
        if let owner = ownerPhraseEnd(after: i, t) { k = owner; start = owner - 1 }
        while k < t.count, k - start <= 6 {
            if verbs.contains(t[k]) { return k }
            // A weapon's name in brackets is an aside: "a glide bomb (KAB) hit", "drones (Shahed-136) struck".
            if t[k].lower == "(", let close = t[(k + 1)..<min(t.count, k + 6)].firstIndex(where: { $0.lower == ")" }) {
                k = close + 1
                continue
            }
            guard t[k].kind == .word, words.hedges.contains(t[k]) || t[k].lower.hasSuffix("ly")
                    || (k == start + 1 || words.weaponNameTails.contains(t[k - 1])) && words.weaponNameTails.contains(t[k]) else { return nil }
            k += 1
        }
        return nil
    }

    /// The token after an owner phrase that follows a weapon at `i` ("of the Saudi-led coalition"): up to
    /// six words of names, articles and armed forces, at least one of them a name or a force.
    private static func ownerPhraseEnd(after i: Int, _ t: [Token]) -> Int? {
        var k = i + 1
        guard k < t.count, words.ownerWords.contains(t[k]) else { return nil }
        k += 1
        if k < t.count, t[k].lower == "to" { k += 1 }
        var named = false
        let limit = min(t.count, k + 6)
        while k < limit {
            let w = t[k]
            if w.kind == .word, w.isCapitalized || Lexicon.shared.actors.forceWords.contains(w) || w.lower == "coalition" { named = true }
            else if !(w.kind == .hyphen || words.ownerPhraseWords.contains(w)) { break }
            k += 1
        }
        return named ? k : nil
    }

    /// "missiles fired from a drone hit": the drone launched what hit, one strike with the launch before it.
    private static func isPlatform(_ i: Int, _ t: [Token]) -> Bool {
        for k in [i - 1, i - 2] where k >= 0 {
            if t[k].lower == "from" { return true }
            guard k == i - 1, words.instrumentDeterminers.contains(t[k]) else { return false }
        }
        return false
    }

    /// "with drones", "by a drone", "with two drones": the preposition of an instrument before the weapon
    /// at `i`, over one determiner or number.
    private static func instrumentPreposition(before i: Int, _ t: [Token]) -> Int? {
        for k in [i - 1, i - 2] where k >= 0 {
            if t[k].lower == "with" || t[k].lower == "by" { return k }
            guard k == i - 1, t[k].kind == .number || words.instrumentDeterminers.contains(t[k]) else { return nil }
        }
        return nil
    }

    /// The weapon a verb of use at `i` launches, within six words in its clause ("fired 2 107mm rockets",
    /// "dropped two explosive shells"), with its kind.
    private static func launchedWeapon(after i: Int, _ t: [Token]) -> (Int, StrikeKind)? {
        var k = i + 1
        while k < t.count, k - i <= 6 {
            if words.launchStops.contains(t[k]) { return nil }
            // "mortar shells", "Grad rockets": the weapon ends at the last of its words.
            if var kind = words.launchedWeapons[t[k]] {
                while k + 1 < t.count, let next = words.launchedWeapons[t[k + 1]] { k += 1; kind = next }
                return (k, kind)
            }
            k += 1
        }
        return nil
    }

    /// A verb of impact within eight words after the ammunition at `i`, in its clause.
    private static func impactVerb(after i: Int, _ t: [Token]) -> Int? {
        var k = i + 1
        while k < t.count, k - i <= 8 {
            if t[k].lower == ";" || t[k].lower == "." { return nil }
            if words.impactVerbs.contains(t[k]) { return k }
            if words.harmVerbs.contains(t[k]) { return t[(i + 1)..<k].contains { $0.lower == "," || $0.lower == "and" } ? nil : k }
            k += 1
        }
        return nil
    }

    /// Whether `w` is "airstrike" or "airstrikes" with one letter left out, added, changed or swapped;
    /// nil when not, else whether it is plural.
    static func misspeltAirstrike(_ w: String) -> Bool? {
        let a = Array(w.utf8)
        for (target, plural) in [("airstrikes", true), ("airstrike", false)] where oneEdit(a, Array(target.utf8)) { return plural }
        return nil
    }

    private static func oneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if Array(a[(i + 1)...]) == Array(b[(i + 1)...]) { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && Array(a[(i + 2)...]) == Array(b[(i + 2)...])
        }
        return a.count > b.count ? Array(a[(i + 1)...]) == Array(b[i...]) : Array(a[i...]) == Array(b[(i + 1)...])
    }

    private static func isEvent(_ f: Trigger, _ t: [Token]) -> Bool {
        let head = t[f.lastToken].lower
        let next = f.lastToken + 1 < t.count ? t[f.lastToken + 1].lower : ""
        let prev = f.firstToken > 0 ? t[f.firstToken - 1].lower : ""
        if words.modifiableHeads.contains(t[f.lastToken]) || words.modifiableHeads.contains(t[f.firstToken]),
           f.lastToken + 1 < t.count, words.modifiedNouns.contains(t[f.lastToken + 1]) { return false }
        if f.firstToken > 0, words.figurative.contains(t[f.firstToken - 1]) { return false }
        // "a suicide bombing", "car bombings": bombs set off on the ground.
        if head.hasPrefix("bomb") || t[f.firstToken].lower.hasPrefix("bomb"), t[max(0, f.firstToken - 2)..<f.firstToken].contains(where: { words.terrorBombing.contains($0) }) { return false }
        // "strike a deal", "struck a balance", "went on strike", "a strike by workers".
        if head == "strike" || head == "strikes" || head == "struck" {
            let after = t[(f.lastToken + 1)..<min(t.count, f.lastToken + 3)]
            if let o = after.first(where: { $0.lower != "a" && $0.lower != "an" }), words.nonMilitaryObjects.contains(o) { return false }
            if prev == "on" && f.firstToken == f.lastToken { return false }
            if next == "by", f.lastToken + 2 < t.count, words.labourAgents.contains(t[f.lastToken + 2]) { return false }
        }
        // "a police raid", "a special forces raid on a house": a raid on the ground.
        if (head == "raid" || head == "raids") && f.firstToken == f.lastToken,
           t[max(0, f.firstToken - 6)..<f.firstToken].contains(where: { words.groundRaiders.contains($0) }) { return false }
        // "air defences intercepted missiles", "rockets were shot down": intercepted, not struck.
        if f.kind == .missile || f.kind == .artillery || words.ammunition.contains(t[f.firstToken]),
           t[max(0, f.firstToken - 6)..<min(t.count, f.lastToken + 7)].contains(where: { words.interception.contains($0) }) { return false }
        // "mortar rounds", "artillery shells": ammunition, a strike only when used.
        if words.ammunitionNouns.contains(t[f.lastToken]), f.firstToken < f.lastToken,
           !t[max(0, f.firstToken - 8)..<min(t.count, f.lastToken + 9)].contains(where: { words.useVerbs.contains($0) }) { return false }
        // "protesters gathered to commemorate the victims of an earlier airstrike": what they protest.
        if f.firstToken > 0, t[max(0, f.firstToken - 4)..<f.firstToken].contains(where: { words.protestedCues.contains($0) }),
           t[0..<f.firstToken].contains(where: { words.protests.contains($0) }) { return false }
        // "to strike", "strike back": a verb, not a report of a strike.
        if head == "strike" && (prev == "to" || next == "back") { return false }
        if head == "engaged" && !t[(f.lastToken + 1)..<min(t.count, f.lastToken + 4)].contains(where: { words.engagedObjects.contains($0) }) { return false }
        // "an engagement against ISIS fighters", not "an engagement with investors".
        if head.hasPrefix("engagement") && !t[(f.lastToken + 1)..<min(t.count, f.lastToken + 5)].contains(where: { words.engagedObjects.contains($0) }) { return false }
        if (head == "rockets" || head == "missiles" || head == "artillery") && f.firstToken == f.lastToken && impactVerb(after: f.lastToken, t) == nil {
            // Bare "rockets" / "artillery" need a verb of use around them ("aimed with rockets", "crushed with
            // air assaults and artillery", "fired rockets").
            guard f.firstToken > 0 && words.weaponUseBefore.contains(t[f.firstToken - 1])
                    || f.lastToken + 1 < t.count && words.weaponUseAfter.contains(t[f.lastToken + 1]) else { return false }
        }
        // "suppressed ISIL mortar fire", "struck an ISIL rocket fire team": fire that was the target of a
        // strike, not a strike of its own.
        // ("targeted Kafr Nabudah with artillery" is the artillery used.)
        if f.kind == .artillery || f.kind == .missile, prev != "with",
           t[max(0, f.firstToken - 4)..<f.firstToken].contains(where: { words.targetVerbs.contains($0) }) { return false }
        for k in max(0, f.firstToken - 4)..<f.firstToken where words.irrealis.contains(t[k]) {
            if t[k].lower == "may" && t[k].isCapitalized { continue }  // the month
            return false
        }
        return true
    }
}
