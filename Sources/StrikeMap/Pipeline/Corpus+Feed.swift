extension Corpus {
    /// A document to read: by index (documents in memory) or an input of a walk.
    enum Work: Sendable {
        case indexed(Int)
        case input(InputSource)
    }

    /// What a feed gives, in order: a document to read, a failed input, or a warning.
    enum Feed: Sendable {
        case document(Work)
        case failure(DocumentError)
        case warning(Diagnostic)

        init(_ item: InputWalk.Item) {
            switch item {
            case .input(let i): self = .document(.input(i))
            case .failure(let e): self = .failure(e)
            case .warning(let w): self = .warning(w)
            }
        }
    }
}
