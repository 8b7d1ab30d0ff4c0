/// Why a GeoJSON input cannot be read, printed like a compiler's message: `FILE:LINE:COL: error: ...`.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(path: String, line: Int = 0, column: Int = 0, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        // Located problems read like a compiler's; a file that cannot be read at all like any other error.
        ControlCharacters.escaped(line > 0 ? "\(path):\(line):\(column): error: \(message)" : "strikemap: error: \(path): \(message)",
                                  keepingNewlines: false)
    }
}
