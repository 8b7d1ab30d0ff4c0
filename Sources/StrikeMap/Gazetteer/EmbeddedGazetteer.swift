/// The default gazetteer compiled into the binary (see gazetteer/README.md): the world's places as
/// `CompactLayout` tables in static string literals, read in place, so that a copied binary needs no files
/// beside it and a run pays nothing to load it.
public enum EmbeddedGazetteer {
    public static let shared: Gazetteer = {
        guard let base = CompactGazetteer(sections) else {
            // The generated file and this build disagree: a build error, not a user's.
            preconditionFailure("the embedded gazetteer's tables are not version \(CompactLayout.version); run gazetteer/build.py")
        }
        return Gazetteer(base: base)
    }()

    private static var sections: CompactGazetteer.Sections {
        func buffer(_ s: StaticString) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount) }
        return CompactGazetteer.Sections(header: buffer(header), records: buffer(records), pool: buffer(pool), exact: buffer(exact),
                                         skeleton: buffer(skeleton), ids: buffer(ids), countries: buffer(countries))
    }
}
