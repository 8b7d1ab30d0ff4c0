/// Why a GeoJSON input cannot be read, at its line and column when known (`LocatedError`).
public struct ImportError: LocatedError, Equatable, Sendable {
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

    public var location: ErrorLocation? { ErrorLocation(path: path, line: line, column: column) }
}
