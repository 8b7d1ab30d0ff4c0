/// Line and column of offsets in a sentence, read forward from the last one asked: a sentence's places or
/// numbers are asked in text order, so a sentence of thousands costs one pass over it, not one per offset.
struct LineCursor {
    private let sentence: Sentence
    private var offset: Int
    private var line: Int
    private var column: Int

    init(_ sentence: Sentence) {
        self.sentence = sentence
        offset = sentence.start
        line = sentence.line
        column = sentence.column
    }

    /// 1-based line and column of scalar offset `target` (in the sentence).
    mutating func position(of target: Int, in s: [Unicode.Scalar]) -> (line: Int, column: Int) {
        if target < offset { self = LineCursor(sentence) }
        let end = min(target, s.count)
        while offset < end {
            if s[offset] == "\n" { line += 1; column = 1 } else { column += 1 }
            offset += 1
        }
        return (line, column)
    }
}
