/// `EventField`'s types and rules sorted by kind of check, built once: every feature read is checked
/// against all of them, and walking the table's rows for each would copy each row (its strings, its
/// rules) five times per feature.
enum FieldChecks {
    static let types: [(field: EventField, type: FieldType)] = EventField.table.map { ($0.field, $0.row.type) }
    static let choices: [(field: EventField, values: [String])] = EventField.table.flatMap { f, row in
        row.rules.compactMap { if case .oneOf(let v) = $0 { return (f, v) } else { return nil } }
    }
    static let countryCodes: [EventField] = EventField.table.filter { $0.row.rules.contains(.countryCode) }.map(\.field)
    static let ranges: [(field: EventField, range: ClosedRange<Double>, what: String)] = EventField.table.flatMap { f, row in
        row.rules.compactMap { if case .within(let r, let what) = $0 { return (f, r, what) } else { return nil } }
    }
    static let orders: [(field: EventField, low: EventField, isDate: Bool)] = EventField.table.flatMap { f, row in
        row.rules.compactMap { if case .notBelow(let low) = $0 { return (f, low, row.type == .date) } else { return nil } }
    }
}
