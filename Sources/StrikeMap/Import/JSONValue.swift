/// A parsed JSON value that remembers where it started, so that a wrong type can be reported at its
/// line and column.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([Located])
    case object([(key: String, value: Located)])

    /// A value with its 1-based line and column in the input.
    public struct Located: Sendable {
        public var value: JSONValue
        public var line: Int
        public var column: Int
    }

    /// The member `key` of an object (the last one when repeated), nil otherwise.
    func member(_ key: String) -> Located? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
