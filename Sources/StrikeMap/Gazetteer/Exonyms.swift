/// Conventional English names for towns the gazetteer spells in transliteration ("Tadmur" is Palmyra,
/// "‘Ayn al ‘Arab" Kobani, "Ḩadīthah" Haditha): what newsrooms print. Curated; cities500's alternate
/// names carry no language tags, so they cannot tell the English one. Each entry names its source. A
/// district of a city that GeoNames lists as a town of its own (Sadr City, New Mosul) is left unlabelled
/// on basemaps, where it would crowd out the city's own name.
public enum Exonyms {
    struct Entry {
        let id: String
        /// The English name, or nil for a place basemaps leave unlabelled.
        let english: String?
        let source: String
    }

    private static let wikipedia = "English Wikipedia article title"
    private static let district = "GeoNames: a section of a larger city (PPLX)"

    static let entries: [Entry] = [
        Entry(id: "geonames:172256", english: "Kobani", source: wikipedia),
        Entry(id: "geonames:163808", english: "Palmyra", source: wikipedia),
        Entry(id: "geonames:96309", english: "Haditha", source: wikipedia),
        Entry(id: "geonames:90150", english: "Tikrit", source: wikipedia),
        Entry(id: "geonames:174448", english: "Abu Kamal", source: wikipedia),
        Entry(id: "geonames:173480", english: "Mayadin", source: wikipedia),
        Entry(id: "geonames:174506", english: "Hajin", source: wikipedia),
        Entry(id: "geonames:90393", english: "Tal Afar", source: wikipedia),
        Entry(id: "geonames:448149", english: "Sinjar", source: wikipedia),
        Entry(id: "geonames:95788", english: "Hit", source: wikipedia),
        Entry(id: "geonames:98677", english: "Rutba", source: wikipedia),
        Entry(id: "geonames:92138", english: "Al-Qa'im", source: wikipedia),
        Entry(id: "geonames:169179", english: "Jarablus", source: wikipedia),
        Entry(id: "geonames:163750", english: "Tell Abyad", source: wikipedia),
        Entry(id: "geonames:165509", english: "Ras al-Ayn", source: wikipedia),
        Entry(id: "geonames:174186", english: "Afrin", source: wikipedia),
        Entry(id: "geonames:172082", english: "Azaz", source: wikipedia),
        Entry(id: "geonames:170905", english: "Daraa", source: wikipedia),
        Entry(id: "geonames:172408", english: "Suwayda", source: wikipedia),
        Entry(id: "geonames:173334", english: "Quneitra", source: wikipedia),
        Entry(id: "geonames:167611", english: "Maarat al-Numan", source: wikipedia),
        Entry(id: "geonames:168325", english: "Khan Shaykhun", source: wikipedia),
        Entry(id: "geonames:172837", english: "Shaddadi", source: wikipedia),
        Entry(id: "geonames:2212771", english: "Sabratha", source: wikipedia),
        Entry(id: "geonames:172955", english: "Raqqa", source: wikipedia),
        Entry(id: "geonames:170017", english: "Hama", source: wikipedia),
        Entry(id: "geonames:163345", english: "Tartus", source: wikipedia),
        Entry(id: "geonames:173811", english: "Hasakah", source: wikipedia),
        Entry(id: "geonames:173377", english: "Qamishli", source: wikipedia),
        Entry(id: "geonames:174018", english: "Al-Bab", source: wikipedia),
        Entry(id: "geonames:170592", english: "Douma", source: wikipedia),
        Entry(id: "geonames:172503", english: "Al-Safira", source: wikipedia),
        Entry(id: "geonames:173797", english: "Al-Hol", source: wikipedia),
        Entry(id: "geonames:99347", english: "Hillah", source: wikipedia),
        Entry(id: "geonames:99608", english: "Amarah", source: wikipedia),
        Entry(id: "geonames:99762", english: "Diwaniyah", source: wikipedia),
        Entry(id: "geonames:99131", english: "Kut", source: wikipedia),
        Entry(id: "geonames:99454", english: "Fallujah", source: wikipedia),
        Entry(id: "geonames:94591", english: "Khanaqin", source: wikipedia),
        Entry(id: "geonames:97783", english: "Baiji", source: wikipedia),
        Entry(id: "geonames:91057", english: "Shirqat", source: wikipedia),
        Entry(id: "geonames:91597", english: "Samarra", source: wikipedia),
        Entry(id: "geonames:99062", english: "Muqdadiyah", source: wikipedia),
        Entry(id: "geonames:98530", english: "Samawah", source: wikipedia),
        Entry(id: "geonames:90026", english: "Tuz Khurmatu", source: wikipedia),
        Entry(id: "geonames:89824", english: "Umm Qasr", source: wikipedia),
        Entry(id: "geonames:96994", english: "Duhok", source: wikipedia),
        Entry(id: "geonames:99532", english: "Basra", source: wikipedia),
        Entry(id: "geonames:100077", english: "Abu Ghraib", source: wikipedia),
        Entry(id: "geonames:2214846", english: "Misrata", source: wikipedia),
        Entry(id: "geonames:87205", english: "Derna", source: wikipedia),
        Entry(id: "geonames:89055", english: "Bayda", source: wikipedia),
        Entry(id: "geonames:99071", english: nil, source: district),
        Entry(id: "geonames:388349", english: nil, source: district),
        Entry(id: "geonames:7802746", english: nil, source: district),
    ]

    private static let byId: [String: Entry] = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    /// The name a newsroom prints for `place`: its English exonym, else the gazetteer's name.
    public static func name(for place: Place) -> String { byId[place.id]?.english ?? place.name }

    /// Whether basemaps leave the place unlabelled (a section of a city they label).
    public static func isUnlabelled(_ place: Place) -> Bool { byId[place.id].map { $0.english == nil } ?? false }
}
