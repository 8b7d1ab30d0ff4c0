/// A byte-level screen that tells, in one pass over a document's UTF-8, whether it can report a strike at
/// all. Most of a day's news cannot, and the extractor then skips its sentence passes. The screen is
/// conservative by construction: every trigger `TriggerReader.triggers` can find, and every casualty
/// statement with a military cue, needs one of these words spelt in ASCII letters, so a document without
/// them gives no event whatever the later passes would decide; an assessment of a report needs one of
/// `AssessmentWords.screenWords` with a military cue, as a casualty statement does, or one of its
/// `screenAlone` words. It may pass documents that report nothing
/// ("a workers' strike", "the election campaign ... killed"); the full passes decide those.
enum StrikeScreen {
    private struct Role: OptionSet {
        let rawValue: UInt16
        static let trigger = Role(rawValue: 1)          // a trigger on its own ("airstrikes", "shelling")
        static let pairFirst = Role(rawValue: 2)        // "air", "drone", "rocket" before an attack noun
        static let attackNoun = Role(rawValue: 4)
        static let weapon = Role(rawValue: 8)           // "jets" before a verb of hitting
        static let hitting = Role(rawValue: 16)
        static let bombFirst = Role(rawValue: 32)       // "barrel", "cluster" before "bombs", "munitions"
        static let bomb = Role(rawValue: 64)
        static let militaryCue = Role(rawValue: 128)
        static let death = Role(rawValue: 256)
        /// "credible", "allegation", "casualties": with a military cue, an assessment of a report.
        static let assessment = Role(rawValue: 512)
    }

    /// The words the screen reads, split at hyphens as it reads them, each with its role.
    private static let roleWords: [(word: Substring, role: Role)] = {
        let triggers = Lexicon.shared.triggers
        let lists: [([String], Role)] = [
            (triggers.single.words, .trigger), (triggers.pairFirstWords.words, .pairFirst), (triggers.attackNouns.words, .attackNoun),
            (triggers.weaponSubjects.words, .weapon), (triggers.hittingVerbs.words, .hitting), (triggers.bombFirstWords.words, .bombFirst),
            // "fired ... rockets", "forces struck": a verb of use or of hitting with a weapon or an armed force.
            (triggers.launchVerbs.words, .hitting), (triggers.launchedWeapons.words, .weapon), (triggers.attackers.words, .weapon),
            (triggers.attackerVerbs.words, .hitting), (triggers.impactVerbs.words, .hitting), (triggers.harmVerbs.words, .hitting),
            (triggers.bombWords.words, .bomb), (triggers.militaryCues.words, .militaryCue), (Lexicon.shared.casualties.deaths.words, .death),
            (Lexicon.shared.assessments.screenWords.words, .assessment), (Lexicon.shared.assessments.screenAlone.words, .trigger),
        ]
        return lists.flatMap { words, role in words.flatMap { $0.split(separator: "-").map { ($0, role) } } }
    }()

    /// The longest word with a role beyond death and assessment: a longer word cannot begin a trigger.
    private static let longestRoleWord = roleWords.filter { !$0.role.isSubset(of: [.death, .assessment]) }.map(\.word.count).max() ?? 0

    /// Roles of each word, keyed by the FNV-1a hash of its lowercase ASCII letters: every word of every
    /// document is looked up, and the FNV-1a hash is computed while the letters are read, where a
    /// `Dictionary` would hash the word again with SipHash.
    private static let roles: HashSlots<Role> = {
        var r: [UInt64: Role] = [:]
        for (word, role) in roleWords { r[hash(word.utf8), default: []].insert(role) }
        return HashSlots(r.map { ($0.key, $0.value) })
    }()

    /// The lengths (bits) of the words with a role, by their first two letters (26 × first + second): most
    /// words of a text have no role, and telling them by their shape costs no hash. Words with letters
    /// other than ASCII's are left out: the screen never reads one as a word.
    private static let shapes: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 26 * 26)
        for (word, _) in roleWords {
            let letters = word.utf8.map { $0 | 0x20 }
            guard letters.count >= 3, letters.count < 64, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            table[Int(letters[0] - 0x61) * 26 + Int(letters[1] - 0x61)] |= 1 << letters.count
        }
        return table
    }()

    /// Whether the text may report a strike (false: it certainly does not).
    static func mayReport(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayReport(utf8: $0) }
    }

    static func mayReport(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Local copies: a static read in the loop is checked for initialisation at every word.
        let shapes = Self.shapes, roles = Self.roles, longest = Self.longestRoleWord
        var previous: Role = []
        var cue = false, death = false, weapon = false, hitting = false
        var i = 0
        while i < b.count {
            let c = b[i] | 0x20
            guard c >= 0x61 && c <= 0x7A else {
                // U+212A KELVIN SIGN lowercases to an ASCII "k" ("STRIKE" written with it is "strike").
                if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x84, b[i + 2] == 0xAA { return true }
                // Only spaces and hyphens keep a pair ("air strike", "drone-attack") together; the screen
                // also lets anything else through between them, which only makes it more permissive.
                i += 1
                continue
            }
            let start = i
            i = letterRunEnd(b, from: i + 1)
            let length = i - start
            // "airstike": one letter off, as TriggerReader accepts; or a word that goes on in letters the
            // screen does not read.
            if length >= 3, b[start] | 0x20 == 0x61, b[start + 1] | 0x20 == 0x69, b[start + 2] | 0x20 == 0x72,
               length >= 7 || (i < b.count && (b[i] >= 0x80 || b[i] == 0x27 || (b[i] >= 0x30 && b[i] <= 0x39))) {
                if length >= 7 && length <= 12 {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self).lowercased()
                    if TriggerReader.misspeltAirstrike(word) != nil { return true }
                } else if length < 7 {
                    return true
                }
            }
            let role = length >= 3 && length < 64 && shapes[Int((b[start] | 0x20) - 0x61) * 26 + Int((b[start + 1] | 0x20) - 0x61)] & 1 << length != 0
                ? roles.first(hash(UnsafeBufferPointer(rebasing: b[start..<i]))) { _ in true } ?? [] : []
            if !role.isDisjoint(with: [.death, .assessment]) { death = true; if cue { return true } }
            guard length <= longest, !role.subtracting([.death, .assessment]).isEmpty else {
                previous = []
                continue
            }
            if role.contains(.trigger) { return true }
            if role.contains(.attackNoun), previous.contains(.pairFirst) { return true }
            // A weapon and a verb of hitting anywhere in the document: "shells fired by presumed LNA forces fell
            // in X" and "targeted the village with drones" put words between them, in either order.
            if role.contains(.hitting) { hitting = true }
            if role.contains(.weapon) { weapon = true }
            if hitting && weapon { return true }
            if role.contains(.bomb), previous.contains(.bombFirst) { return true }
            if role.contains(.militaryCue) { cue = true; if death { return true } }
            previous = role
        }
        return false
    }

    private static let byteOnes: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes at `offset`, the first in the lowest bits.
    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte of `x` strictly between `m` and `n` (m < 128, n <= 128): the "hasbetween"
    /// test of Bit Twiddling Hacks. It is exact for each byte, not only for the word as a whole: no carry or
    /// borrow crosses a byte, and bytes of 0x80 or more are never marked.
    @inline(__always)
    private static func bytesBetween(_ x: UInt64, _ m: UInt64, _ n: UInt64) -> UInt64 {
        let low = x & (byteOnes &* 127)
        return ((byteOnes &* (127 + n)) &- low) & ~x & (low &+ byteOnes &* (127 - m)) & (byteOnes &* 128)
    }

    /// The first index from `i` on that holds no ASCII letter. Eight bytes at a time: with each byte's case
    /// bit set, the letters are the bytes strictly between 0x60 and 0x7B (`bytesBetween`); the lowest byte
    /// not marked ends the run.
    @inline(__always)
    static func letterRunEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var k = i
        if let base = b.baseAddress {
            let high = byteOnes &* 0x80
            while k + 8 <= b.count {
                let others = ~bytesBetween(word(base, k) | (byteOnes &* 0x20), 0x60, 0x7B) & high
                if others != 0 { return k + others.trailingZeroBitCount >> 3 }
                k += 8
            }
        }
        while k < b.count, (b[k] | 0x20) >= 0x61, (b[k] | 0x20) <= 0x7A { k += 1 }
        return k
    }

    /// FNV-1a of the letters with ASCII case folded, as the screen reads words.
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 { FNV1a.hash(bytes.lazy.map { $0 | 0x20 }) }
}

extension StrikeScreen {
    /// Whether text can give a warning of the sentence passes: a number too large to be a count (19 digits
    /// or more, or digits with two dots, which no number format reads) or an impossible date, which needs a
    /// day of two digits from 29 up with a month name next to it ("February 30", "32nd March", "Sept. 31"):
    /// "45 people" cannot give one. Conservative like `mayReport`: numbers are read as the tokenizer reads
    /// them (digits, with "," or "." only between two digits), and anything that is not a letter or a digit
    /// may stand between the day and the month, where `DateReader` allows only spaces and a dot.
    static func mayWarn<C: RandomAccessCollection>(_ u: C) -> Bool where C.Element: BinaryInteger, C.Index == Int {
        mayWarn(u) { $0 }
    }

    /// `mayWarn` on UTF-8 in memory, passing over eight bytes without a digit at a time.
    static func mayWarn(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        mayWarn(b) { nextDigit(b, from: $0) }
    }

    /// `nextDigit(i)`: the first index from `i` on that may hold a digit.
    @inline(__always)
    private static func mayWarn<C: RandomAccessCollection>(_ u: C, nextDigit: (Int) -> Int) -> Bool where C.Element: BinaryInteger, C.Index == Int {
        func isDigit(_ k: Int) -> Bool { k < u.endIndex && u[k] >= 0x30 && u[k] <= 0x39 }
        var i = u.startIndex
        while i < u.endIndex {
            guard isDigit(i) else { i = nextDigit(i + 1); continue }
            let start = i
            var digits = 0, dots = 0, separators = 0, value = 0
            while i < u.endIndex {
                if isDigit(i) {
                    digits += 1
                    value = min(value * 10 + Int(u[i] - 0x30), 1000)
                } else if (u[i] == 0x2C || u[i] == 0x2E) && isDigit(i + 1) {
                    separators += 1
                    if u[i] == 0x2E { dots += 1 }
                } else {
                    break
                }
                i += 1
            }
            if digits >= 19 || dots >= 2 { return true }
            if digits == 2 && separators == 0 && value >= 29 && besideMonthName(u, start, i) { return true }
        }
        return false
    }

    /// The first index from `i` on that may hold a digit. On UTF-8 in memory, eight bytes at a time: a word
    /// with no byte from 0x30 to 0x39 (`bytesBetween` 0x2F and 0x3A) is passed over whole.
    @inline(__always)
    private static func nextDigit(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let base = b.baseAddress else { return i }
        var k = i
        while k + 8 <= b.count {
            if bytesBetween(word(base, k), 0x2F, 0x3A) != 0 { return k }
            k += 8
        }
        return k
    }

    private static let monthNames = Set(Lexicon.shared.dates.months.words.map { hash(Array($0.utf8)) })

    /// Whether the nearest run of ASCII letters before `start`, or one of the two after `end` (an ordinal
    /// suffix, "30th", then the next word), spells a month name or abbreviation in any case, with no digit
    /// in between. The words `DateReader` reads as months are such runs: no other letter lowercases to one
    /// of theirs.
    private static func besideMonthName<C: RandomAccessCollection>(_ u: C, _ start: Int, _ end: Int) -> Bool
    where C.Element: BinaryInteger, C.Index == Int {
        func isLetter(_ k: Int) -> Bool { let c = u[k] | 0x20; return c >= 0x61 && c <= 0x7A }
        func isDigit(_ k: Int) -> Bool { u[k] >= 0x30 && u[k] <= 0x39 }
        func isMonth(_ a: Int, _ b: Int) -> Bool {
            guard b - a >= 3, b - a <= 9 else { return false }
            var h = FNV1a.basis
            for k in a..<b { h = FNV1a.step(h, UInt8(truncatingIfNeeded: u[k] | 0x20)) }
            return monthNames.contains(h)
        }
        var k = start - 1
        while k >= u.startIndex, !isLetter(k), !isDigit(k) { k -= 1 }
        if k >= u.startIndex, isLetter(k) {
            var a = k
            while a > u.startIndex, isLetter(a - 1) { a -= 1 }
            if isMonth(a, k + 1) { return true }
        }
        k = end
        for _ in 0..<2 {
            while k < u.endIndex, !isLetter(k), !isDigit(k) { k += 1 }
            guard k < u.endIndex, isLetter(k) else { return false }
            let a = k
            while k < u.endIndex, isLetter(k) { k += 1 }
            if isMonth(a, k) { return true }
        }
        return false
    }
}
