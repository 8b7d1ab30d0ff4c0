/// `strikemap lookup`: every candidate for a name, ranked as the resolver would rank it in a document
/// that names `country` and places near `near`.
public struct PlaceLookup: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    public func rank(_ name: String, country: String? = nil, near: Coordinate? = nil) -> [PlaceMention] {
        let candidates = gazetteer.candidates(for: name)
        guard !candidates.isEmpty else { return [] }
        let found = PlaceFinder.Found(firstToken: 0, lastToken: 0, start: 0, end: name.unicodeScalars.count, text: name,
                                      candidates: candidates, countryQualifier: country)
        var context = PlaceResolver.Context()
        context.near = near
        let ranked = PlaceResolver(gazetteer: gazetteer).ranked(found, context: context)
        guard let only = gazetteer.countryFilter else { return ranked }
        return ranked.filter { only.admits($0.place) }
    }
}
