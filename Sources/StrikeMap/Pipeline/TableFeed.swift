/// The walk's inputs, with each table named among them (a `.csv`, `.tsv` or `.jsonl` file, when the run
/// reads tables: `ArticleDecoder.table`) read as its rows in its place, one row a document. Rows are read
/// as they are asked for: a table of a million rows costs the memory of one batch of them.
struct TableFeed {
    private(set) var walk: InputWalk
    private let options: TableOptions?
    private let limit: Int
    private var table: TableReader?
    private var pending: [InputWalk.Item] = []
    private var nextPending = 0

    init(walk: InputWalk, options: TableOptions?, limit: Int) {
        self.walk = walk
        self.options = options
        self.limit = limit
    }

    /// Up to `n` items; none at the end.
    mutating func next(_ n: Int) -> [FeedItem<CorpusWork>] {
        var out: [FeedItem<CorpusWork>] = []
        while out.count < n {
            if table != nil {
                switch table?.next() {
                case .row(let r)?: out.append(.document(.row(r)))
                case .failure(let e)?: out.append(.failure(e))
                case nil: table = nil
                }
                continue
            }
            if nextPending == pending.count {
                pending = walk.next(n - out.count)
                nextPending = 0
                if pending.isEmpty { break }
            }
            let item = pending[nextPending]
            nextPending += 1
            switch item {
            case .document(.file(let path)) where options != nil && TableFormat(path: path) != nil:
                guard let options, let format = TableFormat(path: path) else { continue }
                do {
                    table = try TableReader(path: path, name: Corpus.displayName(path), format: format, options: options, limit: limit)
                } catch {
                    out.append(.failure(error))
                }
            case .document(let input): out.append(.document(.input(input)))
            case .failure(let e): out.append(.failure(e))
            case .warning(let w): out.append(.warning(w))
            }
        }
        return out
    }
}
