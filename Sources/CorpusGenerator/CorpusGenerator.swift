import Foundation
import StrikeMap

/// A deterministic generator of a realistic news corpus of any size, for the benchmark: wire stories,
/// coalition strike releases, casualty statements, news with place names and no strike, and pages that are
/// mostly site furniture, mixed roughly as a day's news mixes them (most of it is not about strikes).
/// Document `i` depends only on the seed and `i`, so a size always gives the same bytes and a larger corpus
/// starts with the smaller one.
public struct CorpusGenerator: Sendable {
    public struct Document: Sendable {
        public var name: String
        public var text: String
    }

    /// The share of each kind of article, in percent. Strike reporting is 12% of the documents, more than
    /// a day's world news holds; some other news uses the same words in other senses ("strike a deal",
    /// "the election campaign", "killed in a crash"), as real copy does.
    public static let mix: [(kind: String, percent: Int)] = [
        ("other news", 82), ("wire story", 6), ("casualty statement", 3), ("strike release", 3), ("boilerplate page", 6),
    ]

    private let pool: NamePool
    private let seed: UInt64

    public init(places: [Place], seed: UInt64 = 20141008) {
        pool = NamePool(places: places)
        self.seed = seed
    }

    public func document(_ index: Int) -> Document {
        var rng = SplitMix64(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        let year = 2014 + rng.below(8), month = 1 + rng.below(12), day = 1 + rng.below(28)
        var context = ArticleTemplates.Context(rng: rng, pool: pool, year: year, month: month, day: day)
        var roll = context.rng.below(100)
        var kind = Self.mix[0].kind
        for (k, p) in Self.mix { if roll < p { kind = k; break }; roll -= p }
        let text: String
        switch kind {
        case "wire story": text = ArticleTemplates.wireStory(&context)
        case "casualty statement": text = ArticleTemplates.casualtyStatement(&context)
        case "strike release": text = ArticleTemplates.strikeRelease(&context)
        case "boilerplate page": text = ArticleTemplates.boilerplatePage(&context)
        default: text = ArticleTemplates.otherNews(&context)
        }
        return Document(name: String(format: "doc-%08d.txt", index), text: text + "\n")
    }

    /// Documents from the first until their UTF-8 size reaches `bytes`.
    public func documents(totalBytes bytes: Int) -> [Document] {
        var out: [Document] = []
        var size = 0
        while size < bytes {
            let d = document(out.count)
            size += d.text.utf8.count
            out.append(d)
        }
        return out
    }

    /// Writes documents until `bytes` are written, `perDirectory` files to a subdirectory, and returns the
    /// document count and bytes written. Streams: memory does not grow with the corpus.
    public func write(totalBytes bytes: Int, to directory: URL, perDirectory: Int = 5000) throws -> (documents: Int, bytes: Int) {
        var size = 0, n = 0
        while size < bytes {
            let d = document(n)
            let sub = directory.appendingPathComponent(String(format: "part-%04d", n / perDirectory))
            if n % perDirectory == 0 { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
            let data = Data(d.text.utf8)
            try data.write(to: sub.appendingPathComponent(d.name))
            size += data.count
            n += 1
        }
        return (n, size)
    }
}
