/// The words that report a strike, and the contexts in which they do not.
enum TriggerLexicon {
    struct Trigger {
        var firstToken: Int
        var lastToken: Int
        var kind: StrikeKind
        /// A plural noun ("strikes"): a count of one is not implied.
        var plural: Bool
    }

    /// Single-word triggers and their kind; plurals are listed.
    static let words: [String: (StrikeKind, Bool)] = [
        "airstrike": (.airstrike, false), "airstrikes": (.airstrike, true), "air-strike": (.airstrike, false),
        "strike": (.strike, false), "strikes": (.strike, true), "raid": (.airstrike, false), "raids": (.airstrike, true),
        "bombing": (.airstrike, false), "bombings": (.airstrike, true), "bombed": (.airstrike, false),
        "bombardment": (.airstrike, false), "bombardments": (.airstrike, true), "shelling": (.artillery, false),
        "shelled": (.artillery, false), "artillery": (.artillery, false), "engaged": (.strike, false),
        "rockets": (.artillery, true), "missiles": (.missile, true),
    ]
    /// Weapons that make a verb of hitting a strike ("jets struck", "Turkish drones pounded"), with its kind.
    static let weaponSubjects: [String: StrikeKind] = [
        "jets": .airstrike, "jet": .airstrike, "warplanes": .airstrike, "warplane": .airstrike, "aircraft": .airstrike,
        "planes": .airstrike, "plane": .airstrike, "bombers": .airstrike, "helicopters": .airstrike, "gunships": .airstrike,
        "drones": .droneStrike, "drone": .droneStrike, "uavs": .droneStrike, "uav": .droneStrike,
        "howitzers": .artillery, "mortars": .artillery, "artillery": .artillery, "missile": .missile, "missiles": .missile,
    ]
    static let hittingVerbs: Set<String> = ["struck", "hit", "pounded", "targeted", "bombarded", "attacked", "raided",
                                            "hammered", "strafed", "shelled", "bombed", "strike", "strikes", "hits", "pound", "pounds"]

    /// Nouns after "air", "drone", "missile", "rocket", "artillery" that make a trigger of two words.
    static let attackNouns: Set<String> = ["strike", "strikes", "raid", "raids", "attack", "attacks", "assault", "assaults",
                                           "bombardment", "fire", "barrage", "barrages"]

    /// After "strike(s)", these nouns show a modifier use ("strike assessments", "strike areas").
    static let modifiedNouns: Set<String> = [
        "assessments", "assessment", "areas", "area", "aircraft", "package", "packages", "group", "groups", "force",
        "forces", "fighter", "fighters", "mission", "capability", "capabilities", "campaign", "data", "planners",
        "planning", "cell", "team", "zone", "zones", "eagle", "ship", "ships", "action", "actions", "committee",
        "teams", "crew", "crews", "position", "positions", "launcher", "launchers", "site", "sites", "cache", "caches",
        "piece", "pieces", "point", "points", "system", "systems", "unit", "units",
    ]
    /// Before "strike", these make a figurative or non-military one ("hunger strike", "general strike").
    static let figurative: Set<String> = ["hunger", "general", "labor", "labour", "workers", "teachers", "lucky", "preemptive-threat", "first-strike"]
    /// Within four words before a trigger, these make it negated, hypothetical or planned.
    static let irrealis: Set<String> = [
        "not", "no", "never", "n't", "without", "threatened", "threatens", "threaten", "threat", "threats", "plan",
        "plans", "planned", "planning", "would", "could", "might", "may", "will", "if", "intend", "intends",
        "prepare", "prepares", "preparing", "ready", "considering", "consider", "option", "options", "possible",
        "possibility", "potential", "vowed", "vows", "warned", "warns", "urged", "halt",
        "halted", "suspend", "suspended", "stop", "stopped", "ceasefire", "ban", "avoid", "deny", "denied", "denies",
    ]

    /// Verbs whose object is what a strike hit.
    static let targetVerbs: Set<String> = ["suppressed", "suppress", "suppressing", "struck", "destroyed", "destroying",
                                           "targeted", "targeting", "damaged", "damaging", "neutralized", "neutralised"]

    /// Words before an attack noun that make a two-word trigger ("air strike", "drone attack").
    static let pairFirstWords: Set<String> = ["air", "drone", "drones", "uav", "missile", "missiles", "rocket", "rockets", "artillery", "mortar"]
    static let bombFirstWords: Set<String> = ["barrel", "dropped", "cluster", "incendiary"]
    static let bombWords: Set<String> = ["bomb", "bombs", "munitions"]
    /// Every word a trigger can begin with, but misspelt airstrikes: one look-up rejects the rest.
    private static let firstWords = WordSet(pairFirstWords.union(weaponSubjects.keys).union(words.keys).union(bombFirstWords))
    /// The lists above as asked about tokens.
    private static let wordMap = WordMap(words), weaponSubjectMap = WordMap(weaponSubjects)
    private static let hittingVerbSet = WordSet(hittingVerbs), attackNounSet = WordSet(attackNouns)
    private static let modifiedNounSet = WordSet(modifiedNouns), figurativeSet = WordSet(figurative)
    private static let irrealisSet = WordSet(irrealis), targetVerbSet = WordSet(targetVerbs)
    private static let pairFirstSet = WordSet(pairFirstWords), bombFirstSet = WordSet(bombFirstWords), bombSet = WordSet(bombWords)

    static func triggers(in t: [Token]) -> [Trigger] {
        var out: [Trigger] = []
        var i = 0
        while i < t.count {
            let w = t[i].lower
            // The byte tests only spare most words the Unicode-aware ones; they decide nothing.
            guard t[i].kind == .word, firstWords.contains(t[i])
                    || (w.utf8.count >= 8 && w.utf8.starts(with: "air".utf8) && w.hasPrefix("air") && w.count >= 8) else { i += 1; continue }
            var found: Trigger?
            // two words: "air strike", "drone attacks", "artillery fire", "missile strike", "air raid"
            var j = i + 1
            if j < t.count, t[j].kind == .hyphen { j += 1 }
            if pairFirstSet.contains(t[i]),
               j < t.count, attackNounSet.contains(t[j]) {
                let kind: StrikeKind = w == "air" ? .airstrike : (w.hasPrefix("drone") || w == "uav") ? .droneStrike
                    : w.hasPrefix("missile") ? .missile : .artillery
                found = Trigger(firstToken: i, lastToken: j, kind: kind, plural: t[j].lower.hasSuffix("s"))
            } else if let kind = weaponSubjectMap[t[i]], j < t.count, hittingVerbSet.contains(t[j]) {
                // "coalition jets struck Hajin": the weapon and its verb are the trigger.
                found = Trigger(firstToken: i, lastToken: j, kind: kind, plural: w.hasSuffix("s"))
            } else if let (kind, plural) = wordMap[t[i]] {
                found = Trigger(firstToken: i, lastToken: i, kind: kind, plural: plural)
                if w == "artillery", j < t.count, t[j].lower == "shelling" { found!.lastToken = j }
            } else if bombFirstSet.contains(t[i]), j < t.count, bombSet.contains(t[j]) {
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

    /// Trigger words that a following noun can make something else ("strike force", "fire team").
    private static let modifiableHeadWords = ["strike", "strikes", "bombing", "air", "airstrike", "airstrikes", "raid", "artillery",
                                              "fire", "rocket", "rockets", "mortar", "missile", "missiles"]
    private static let inquiryWordList = ["investigation", "investigated", "inquiry"]
    private static let modifiableHeads = WordSet(modifiableHeadWords), inquiryWords = WordSet(inquiryWordList)

    /// The words of this lexicon, for `Vocabulary`.
    static var vocabulary: [String] {
        Array(words.keys) + weaponSubjects.keys + hittingVerbs + attackNouns + modifiedNouns + figurative + irrealis + targetVerbs
            + pairFirstWords + bombFirstWords + bombWords + modifiableHeadWords + inquiryWordList
    }

    private static func isEvent(_ f: Trigger, _ t: [Token]) -> Bool {
        let head = t[f.lastToken].lower
        let next = f.lastToken + 1 < t.count ? t[f.lastToken + 1].lower : ""
        let prev = f.firstToken > 0 ? t[f.firstToken - 1].lower : ""
        if modifiableHeads.contains(t[f.lastToken]) || modifiableHeads.contains(t[f.firstToken]),
           f.lastToken + 1 < t.count, modifiedNounSet.contains(t[f.lastToken + 1]) { return false }
        if f.firstToken > 0, figurativeSet.contains(t[f.firstToken - 1]) { return false }
        // "to strike", "strike back": a verb, not a report of a strike.
        if head == "strike" && (prev == "to" || next == "back") { return false }
        if head == "engaged" && !["isil", "isis", "daesh", "targets", "target"].contains(where: { n in t[(f.lastToken + 1)..<min(t.count, f.lastToken + 4)].contains { $0.lower == n } }) { return false }
        if (head == "rockets" || head == "missiles" || head == "artillery") && f.firstToken == f.lastToken {
            // Bare "rockets" / "artillery" need a verb of use around them ("aimed with rockets", "crushed with
            // air assaults and artillery", "fired rockets").
            guard ["with", "fired", "launched", "by", "and", "of"].contains(prev) || ["fire", "hit", "struck", "shelling"].contains(next) else { return false }
        }
        // "suppressed ISIL mortar fire", "struck an ISIL rocket fire team": fire that was the target of a
        // strike, not a strike of its own.
        if f.kind == .artillery || f.kind == .missile,
           t[max(0, f.firstToken - 4)..<f.firstToken].contains(where: { targetVerbSet.contains($0) }) { return false }
        // "One strike is currently under investigation for a potential friendly fire incident": about a strike
        // report, not a report of a strike.
        if t[(f.lastToken + 1)..<min(t.count, f.lastToken + 8)].contains(where: { inquiryWords.contains($0) }) {
            return false
        }
        for k in max(0, f.firstToken - 4)..<f.firstToken where irrealisSet.contains(t[k]) {
            if t[k].lower == "may" && t[k].isCapitalized { continue }  // the month
            return false
        }
        return true
    }
}
