import Foundation

/// A GIS dataset built in a fresh directory beside its output (mkdtemp: an unpredictable name, removed
/// afterwards and on SIGINT/SIGTERM), whose files move into place once it is complete: one file
/// (GeoPackage, FlatGeobuf) or several (a shapefile's .shp, .shx, .dbf, .prj, .cpg). Used by GDAL's own
/// writer (`OGRWriter`) and by `ogr2ogr` (`OGR2OGRExport`).
struct DatasetDirectory {
    /// The output's directory, file name and name without extension (the layer's name).
    let directory: String, name: String, stem: String
    /// The temporary directory.
    let work: String

    init(for path: String) throws {
        let url = URL(fileURLWithPath: path)
        directory = url.deletingLastPathComponent().path
        name = url.lastPathComponent
        stem = url.deletingPathExtension().lastPathComponent
        do { work = try TemporaryFiles.createDirectory(in: directory, prefix: ".\(name).tmp") } catch {
            throw OutputError.cannotWrite(path: path, reason: "cannot create a temporary directory beside it: \((error as? LocatedError)?.message ?? "\(error)")")
        }
    }

    /// Where the writer writes the dataset's main file.
    var file: String { work + "/" + name }

    /// Moves every file of the dataset but those `skipping` names into place; false, and nothing moved,
    /// when the writer made no main file.
    func moveIntoPlace(skipping: (String) -> Bool) throws -> Bool {
        let produced = (try? FileManager.default.contentsOfDirectory(atPath: work)) ?? []
        guard produced.contains(name) else { return false }
        for file in produced.sorted() where !skipping(file) {
            guard rename(work + "/" + file, directory + "/" + file) == 0 else {
                throw OutputError.cannotWrite(path: directory + "/" + file, reason: String(cString: strerror(errno)))
            }
        }
        return true
    }

    func remove() { TemporaryFiles.remove(work) }
}
