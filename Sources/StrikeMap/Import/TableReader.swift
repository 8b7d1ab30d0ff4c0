import Foundation

/// The rows of one table of reports as documents, read as they are asked for (`TableRecordReader`): the
/// text cell, the row's date (`TableDate`) and how the output names it (`notes.csv#SOM49639`, or
/// `notes.csv#row=N` without an id column). A row that cannot be read is a failure of its own, at its line;
/// the rows after it go on.
struct TableReader {
    enum Item {
        case row(TableRowDocument)
        case failure(DocumentError)
    }

    /// How messages name the table (the path as given) and how `source` does (its file name).
    let path: String, name: String
    let options: TableOptions
    private let format: TableFormat
    private var records: TableRecordReader
    /// CSV and TSV: the columns' positions in the header.
    private var text = 0, date: Int?, id: Int?
    private var row = 0

    /// Opens the table and reads its header; a table without the columns asked for is an error naming the
    /// columns it has.
    init(path: String, name: String, format: TableFormat, options: TableOptions, limit: Int) throws(DocumentError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw code == ENOENT ? .notFound(path: path) : .unreadable(path: path, reason: OutputError.reason(code))
        }
        self.path = path
        self.name = name
        self.options = options
        self.format = format
        records = TableRecordReader(file: TableFile(fd: fd), format: format, limit: limit)
        guard format != .jsonl else { return }
        guard case .fields(var header, _)? = records.next() else { throw .unreadable(path: path, reason: "no header row (a table's first line names its columns)") }
        if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
        func column(_ wanted: String) throws(DocumentError) -> Int {
            guard let k = header.firstIndex(of: wanted) else {
                throw .unreadable(path: path, reason: "no column '\(wanted)' (its columns: \(header.joined(separator: ", ")))")
            }
            return k
        }
        text = try column(options.textColumn)
        date = try options.dateColumn.map { c throws(DocumentError) in try column(c) }
        id = try options.idColumn.map { c throws(DocumentError) in try column(c) }
    }

    /// The next row, nil at the end of the table.
    mutating func next() -> Item? {
        guard let record = records.next() else { return nil }
        row += 1
        switch record {
        case .tooLong(let line):
            return .failure(.badRow(path: path, line: line, row: row, column: nil, reason: "the row is over the document limit; skipped"))
        case .unterminatedQuote(let line):
            return .failure(.badRow(path: path, line: line, row: row, column: nil,
                                    reason: "a quoted field is never closed: the rest of the file is this row; skipped"))
        case .fields(let fields, let line):
            func cell(_ k: Int?, _ name: String?) -> Result<String?, DocumentError> {
                guard let k, let name else { return .success(nil) }
                guard k < fields.count else {
                    return .failure(.badRow(path: path, line: line, row: row, column: name, reason: "missing (the row has \(fields.count) of the header's columns); skipped"))
                }
                return .success(fields[k])
            }
            return document(line: line, text: cell(text, options.textColumn), date: cell(date, options.dateColumn), id: cell(id, options.idColumn))
        case .bytes(let bytes, let line):
            var parser = JSONParser(bytes)
            guard let object = try? parser.parse(), case .object = object.value else {
                return .failure(.badRow(path: path, line: line, row: row, column: nil, reason: "not a JSON object; skipped"))
            }
            func member(_ key: String?) -> Result<String?, DocumentError> {
                guard let key else { return .success(nil) }
                switch object.value.member(key)?.value {
                case .string(let s)?: return .success(s)
                case .number(let n)?: return .success(n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n))
                case nil, .null?: return .failure(.badRow(path: path, line: line, row: row, column: key, reason: "missing; skipped"))
                case let v?: return .failure(.badRow(path: path, line: line, row: row, column: key, reason: "\(v.typeName), not a string; skipped"))
                }
            }
            return document(line: line, text: member(options.textColumn), date: member(options.dateColumn), id: member(options.idColumn))
        }
    }

    private func document(line: Int, text: Result<String?, DocumentError>, date: Result<String?, DocumentError>,
                          id: Result<String?, DocumentError>) -> Item {
        let cells: (String?, String?, String?)
        do { cells = (try text.get(), try date.get(), try id.get()) } catch { return .failure(error) }
        var day: CalendarDay?
        if let written = cells.1?.trimmingCharacters(in: .whitespaces), let column = options.dateColumn {
            guard let d = TableDate.read(written) else {
                return .failure(.badRow(path: path, line: line, row: row, column: column,
                                        reason: "'\(written)' is not a date (2020-05-09, 9-May-20 or 09 May 2020); skipped"))
            }
            day = d
        }
        let key = cells.2.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        let source = name + "#" + (key ?? "row=\(row)")
        return .row(TableRowDocument(text: cells.0 ?? "", source: source, published: day, eventDay: options.dateIsEvent ? day : nil,
                                     dateText: cells.1, line: line))
    }
}
