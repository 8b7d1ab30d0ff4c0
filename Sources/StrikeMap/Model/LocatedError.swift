/// Where an error is: a file, and in it a line and column when known (1-based; 0 for unknown).
public struct ErrorLocation: Sendable, Equatable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }
}

/// Every error strikemap can print: where (`location`) and what (`message`, without the location and
/// without "error:"). `errorLine` is the one shape they are printed in, and each type's `description`.
public protocol LocatedError: Error, CustomStringConvertible {
    var location: ErrorLocation? { get }
    var message: String { get }
}

extension LocatedError {
    /// `PATH:LINE:COL: error: MESSAGE` when a line is known (as compilers write it, so editors jump to it),
    /// `strikemap: error: PATH: MESSAGE` for a whole file, `strikemap: error: MESSAGE` for none; control
    /// characters of paths and text from input escaped (`ControlCharacters`).
    public var errorLine: String {
        let text: String
        switch location {
        case let l? where l.line > 0: text = "\(l.path):\(l.line)\(l.column > 0 ? ":\(l.column)" : ""): error: \(message)"
        case let l?: text = "strikemap: error: \(l.path): \(message)"
        case nil: text = "strikemap: error: \(message)"
        }
        return ControlCharacters.escaped(text, keepingNewlines: false)
    }

    public var description: String { errorLine }
}
