/// The member names of one object so far, to find a repeated one (RFC 8259 §4), which `JSONParser` warns
/// about. Names are ASCII without escapes (`JSONCursor.name`), so equal bytes are equal names.
struct MemberNames {
    private var names: [Range<Int>] = []

    mutating func insert(_ name: Range<Int>, _ cursor: JSONCursor) throws(JSONCursor.Unsure) {
        for n in names where cursor.bytes(n, equal: name) { throw JSONCursor.Unsure() }
        names.append(name)
    }
}
