import Foundation

/// Turns the bytes of a file into an `Article`: encoding, line endings and the publication date header.
public struct ArticleDecoder: Sendable {
    /// Documents larger than this are refused (bytes).
    public var maximumBytes: Int
    /// Overrides any date found in the document (`--published`).
    public var publishedOverride: CalendarDay?
    /// How the tables named among the inputs are read; nil: the run reads no tables.
    public var table: TableOptions?
    /// A PDF's text by its path (`pdftotext`, run by the command line: the library runs no process); nil:
    /// a PDF is no text document.
    public var pdfText: (@Sendable (String) throws -> String)?

    public init(maximumBytes: Int = 20_000_000, publishedOverride: CalendarDay? = nil) {
        self.maximumBytes = maximumBytes
        self.publishedOverride = publishedOverride
    }

    public func decode(_ bytes: [UInt8], source: String) throws -> Article {
        if bytes.count > maximumBytes { throw DocumentError.tooLarge(path: source, bytes: bytes.count, limit: maximumBytes) }
        var diagnostics: [Diagnostic] = []
        var text: String
        // UTF-32 LE's byte order mark begins with UTF-16 LE's: tested first.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            let (decoded, invalid) = Self.decodeUTF32(bytes)
            text = decoded
            if invalid > 0 {
                diagnostics.append(Diagnostic(.warning, file: source, message: "\(invalid) invalid UTF-32 code unit\(invalid == 1 ? "" : "s") replaced by U+FFFD"))
            }
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = Self.decodeUTF16(bytes)
        } else {
            if let reason = Self.binaryReason(bytes) { throw DocumentError.binary(path: source, reason: reason) }
            // A file saved twice by an editor that adds a mark each time can hold several.
            var marks = 0
            while bytes[(marks * 3)...].starts(with: [0xEF, 0xBB, 0xBF]) { marks += 1 }
            let body = marks == 0 ? bytes : Array(bytes.dropFirst(3 * marks))
            // The standard library's validation is the fast path; the offsets are looked for only when it fails.
            let valid = String(validating: body, as: UTF8.self)
            let invalid = valid == nil ? Self.invalidUTF8Offsets(body) : []
            if !invalid.isEmpty {
                let shift = 3 * marks
                let shown = invalid.prefix(5).map { String($0 + shift) }.joined(separator: ", ")
                diagnostics.append(Diagnostic(.warning, file: source, message:
                    "\(invalid.count) invalid UTF-8 byte\(invalid.count == 1 ? "" : "s") replaced by U+FFFD at byte offset\(invalid.count == 1 ? "" : "s") \(shown)\(invalid.count > 5 ? ", ..." : "")"))
            }
            text = valid ?? String(decoding: body, as: UTF8.self)
        }
        // Further marks after the first (U+FEFF at the start) would hide the `date` header.
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.drop { $0 == "\u{FEFF}" }) }
        text = Self.normalizeLineEndings(text)
        if HTMLText.isHTML(text) {
            text = HTMLText.visibleText(text)
            diagnostics.append(Diagnostic(.warning, file: source, message: "HTML page: its visible text is read (tags, scripts and styles dropped); evidence offsets count that text"))
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw DocumentError.empty(path: source) }
        let header = PublicationDateReader.read(text, source: source)
        diagnostics += header.diagnostics
        return Article(source: source, text: text, published: publishedOverride ?? header.date,
                       bodyStart: header.bodyStart, diagnostics: diagnostics)
    }

    /// A PDF's text (as `pdftotext` writes it) as one article with its pages kept apart: each page break
    /// (a form feed) becomes a paragraph break, and `pageStarts` holds the scalar offset where each page
    /// begins (`page(of:in:)`). A PDF without a text layer is skipped with a warning saying so.
    public func decode(pdfText: String, source: String) throws -> (article: Article, pageStarts: [Int]) {
        var scalars = String.UnicodeScalarView(), pageStarts = [0]
        for c in Self.normalizeLineEndings(pdfText).unicodeScalars {
            if c == "\u{0C}" {
                scalars.append(contentsOf: "\n\n".unicodeScalars)
                pageStarts.append(scalars.count)
            } else {
                scalars.append(c)
            }
        }
        let text = String(scalars)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw DocumentError.skipped(path: source, reason: "a PDF without a text layer (scanned pages?): nothing to read; run it through OCR first")
        }
        return (Article(source: source, text: text, published: publishedOverride), pageStarts)
    }

    /// The 1-based page of a PDF article on which scalar `offset` lies.
    public static func page(of offset: Int, in pageStarts: [Int]) -> Int {
        var lo = 0, hi = pageStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pageStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(1, lo)
    }

    /// A table row's text cell as an article: its offsets count the unescaped cell (line endings made LF),
    /// its publication date the row's date column (`--published` still wins).
    public func decode(row: TableRowDocument) throws -> Article {
        let text = Self.normalizeLineEndings(row.text)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw DocumentError.empty(path: row.source) }
        return Article(source: row.source, text: text, published: publishedOverride ?? row.published)
    }

    /// NUL bytes and other C0 controls do not occur in articles; their presence means an image, archive or
    /// UTF-16 without BOM.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { binaryReason($0) }
    }

    /// `binaryReason` of a block in place (the first 64 KB of it).
    static func binaryReason(_ all: UnsafeRawBufferPointer) -> String? {
        if all.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "PNG image" }
        if all.starts(with: [0x25, 0x50, 0x44, 0x46]) { return "PDF document" }
        if all.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "ZIP archive" }
        let count = min(all.count, 65_536)
        do {
            var controls = 0
            var i = 0
            while i < count {
                // Eight bytes at a time: a word with no byte under 0x20 (most of them) is passed over whole.
                if i + 8 <= count {
                    let x = UInt64(littleEndian: all.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    if (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let b = all[i]
                i += 1
                guard b < 0x20 else { continue }
                if b == 0 { return "contains NUL bytes" }
                if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
            }
            return controls * 20 > count ? "too many control characters" : nil
        }
    }

    /// UTF-32 after its byte order mark; code units that are no scalar (surrogates, past U+10FFFF) and a
    /// cut-off last unit become U+FFFD, counted.
    static func decodeUTF32(_ bytes: [UInt8]) -> (String, invalid: Int) {
        let bigEndian = bytes[0] == 0x00
        var scalars = String.UnicodeScalarView()
        var invalid = 0
        var i = 4
        while i + 3 < bytes.count {
            let b = (UInt32(bytes[i]), UInt32(bytes[i + 1]), UInt32(bytes[i + 2]), UInt32(bytes[i + 3]))
            let v = bigEndian ? b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3 : b.3 << 24 | b.2 << 16 | b.1 << 8 | b.0
            if let c = Unicode.Scalar(v) { scalars.append(c) } else { scalars.append("\u{FFFD}"); invalid += 1 }
            i += 4
        }
        if i < bytes.count { scalars.append("\u{FFFD}"); invalid += 1 }
        return (String(scalars), invalid)
    }

    static func decodeUTF16(_ bytes: [UInt8]) -> String {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Byte offsets of the first byte of each ill-formed UTF-8 sequence.
    static func invalidUTF8Offsets(_ bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0, lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: offsets.append(i); i += 1; continue
            }
            var j = 1
            while j <= need, i + j < n {
                let c = bytes[i + j]
                let lo: UInt8 = j == 1 ? lower : 0x80, hi: UInt8 = j == 1 ? upper : 0xBF
                if c < lo || c > hi { break }
                j += 1
            }
            if j <= need { offsets.append(i); i += j } else { i += need + 1 }
        }
        return offsets
    }

    static func normalizeLineEndings(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.isEmpty ? false : memchr($0.baseAddress!, 0x0D, $0.count) != nil }) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
