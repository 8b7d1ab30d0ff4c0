/// The version of the output contract (`EventField`, `PlaceField`), written into every FeatureCollection
/// as a foreign member (RFC 7946 §6.1), `"strikemap": {"credits": "...", "layer": "events", "schema": 4}`, so that a reader
/// knows which contract a file follows. CHANGELOG.md lists each version's changes.
public enum OutputSchema {
    /// The version this build writes.
    public static let version = 4
    /// The versions this build reads. A file without the member is version 1 (written before the member
    /// existed, with the same properties).
    public static let readable = 1...4
    /// The foreign member's name.
    public static let member = "strikemap"

    /// What a FeatureCollection holds.
    public enum Layer: String, Sendable {
        /// Strike events (`extract`, `run`): `EventField`.
        case events
        /// Place mentions (`places`): `PlaceField`.
        case places
    }

    /// The foreign member as JSON text, keys sorted.
    /// `credits` carries the data's credit lines (`DataCredits`): GeoNames' licence asks for them wherever
    /// its places are published.
    public static func memberJSON(_ layer: Layer) -> String {
        "\"\(member)\":{\"credits\":\"\(DataCredits.line)\",\"layer\":\"\(layer.rawValue)\",\"schema\":\(version)}"
    }
}
