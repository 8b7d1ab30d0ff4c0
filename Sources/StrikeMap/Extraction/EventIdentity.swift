/// Event ids: stable across runs, unique within a document.
enum EventIdentity {
    /// `events` with their ids. Events of one sentence share its evidence span: each is told apart by its
    /// position among them.
    static func assigned(_ events: [StrikeEvent]) -> [StrikeEvent] {
        var events = events
        var positions: [Int64: Int] = [:]
        for k in events.indices {
            let span = Int64(events[k].evidenceStart) << 32 | Int64(events[k].evidenceEnd)
            let position = positions[span, default: 0]
            positions[span] = position + 1
            events[k].id = eventId(events[k], position: position)
        }
        return events
    }

    /// A stable id: the source, the evidence offsets, the place, the kind and (after the first) the event's
    /// position among the events of its sentence, hashed (FNV-1a): unique within a document, the same on
    /// every rerun and whatever other documents are read with it.
    static func eventId(_ e: StrikeEvent, position: Int = 0) -> String {
        eventId(source: e.source, evidence: e.evidenceStart..<e.evidenceEnd, placeId: e.mention?.place.id, kind: e.kind, position: position)
    }

    /// The id of the event these parts describe.
    static func eventId(source: String, evidence: Range<Int>, placeId: String?, kind: StrikeKind, position: Int = 0) -> String {
        // The hash of "source|start|end|place id|kind", fed piece by piece: the same bytes, no joined string.
        var h = FNV1a.hash(source.utf8)
        func field(_ text: String) { h = FNV1a.hash(text.utf8, from: FNV1a.step(h, UInt8(ascii: "|"))) }
        field(String(evidence.lowerBound))
        field(String(evidence.upperBound))
        field(placeId ?? "-")
        field(kind.rawValue)
        if position > 0 { field(String(position)) }
        // Sixteen lowercase hex digits, zero-padded.
        return String(unsafeUninitializedCapacity: 16) { digits in
            for k in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: h >> UInt64(60 - 4 * k)) & 0xF
                digits[k] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            return 16
        }
    }
}
