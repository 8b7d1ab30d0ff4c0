extension PlaceResolver {
    /// Resolutions already made in one document, by what `resolve` reads of a span: a document names its
    /// towns again and again (on the realistic corpus's 2 MB files, 60% of the place mentions repeat a
    /// name of their file), and its context does not change between them. Only spans without a unit
    /// around them are kept: a unit is a second input.
    struct Memo {
        private var resolved: [Key: Resolution] = [:]

        /// Everything `resolve(_:context:in:)` reads of a span, its position aside.
        private struct Key: Hashable {
            let text: String
            let preceding: String?
            let countryQualifier: String?
            let provinceCue, areaCue, namesLocality, namesCity, corroborated, codedTo, qualifierIsStated: Bool
            let ids: [String]
            let matches: [Gazetteer.Match]

            init(_ f: PlaceFinder.Found) {
                text = f.text
                preceding = f.preceding
                countryQualifier = f.countryQualifier
                (provinceCue, areaCue, namesLocality) = (f.provinceCue, f.areaCue, f.namesLocality)
                (namesCity, corroborated, codedTo) = (f.namesCity, f.corroborated, f.codedTo)
                qualifierIsStated = f.qualifierIsStated
                ids = f.candidates.map(\.place.id)
                matches = f.candidates.map(\.match)
            }
        }

        init() {}

        /// `resolver.resolve(f, context:, in: nil)`, made once per distinct span of the document; a mention
        /// found again is moved to this span's offsets.
        mutating func resolve(_ f: PlaceFinder.Found, with resolver: PlaceResolver, context: Context) -> Resolution {
            let key = Key(f)
            if let known = resolved[key] {
                guard case .place(var m) = known else { return known }
                m.start = f.start
                m.end = f.end
                return .place(m)
            }
            let resolution = resolver.resolve(f, context: context, in: nil)
            resolved[key] = resolution
            return resolution
        }
    }
}
