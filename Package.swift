// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "strikemap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "StrikeMap", targets: ["StrikeMap"]),
        .executable(name: "strikemap", targets: ["strikemap"]),
    ],
    traits: [
        .trait(name: "GDAL", description: "GeoPackage, FlatGeobuf and Shapefile export through the system GDAL (libgdal-dev)."),
        .default(enabledTraits: []),
    ],
    targets: [
        .systemLibrary(name: "CGDAL", path: "Sources/CGDAL", pkgConfig: "gdal", providers: [.apt(["libgdal-dev"])]),
        .target(name: "StrikeMap", dependencies: [.target(name: "CGDAL", condition: .when(traits: ["GDAL"]))], path: "Sources/StrikeMap"),
        .executableTarget(name: "strikemap", dependencies: ["StrikeMap"], path: "Sources/strikemap"),
        .executableTarget(name: "strikemap-gazetteer", dependencies: ["StrikeMap"], path: "Sources/strikemap-gazetteer"),
        .executableTarget(name: "strikemap-devset", dependencies: ["StrikeMap"], path: "Sources/strikemap-devset"),
        .target(name: "CorpusGenerator", dependencies: ["StrikeMap"], path: "Sources/CorpusGenerator"),
        .executableTarget(name: "strikemap-bench", dependencies: ["StrikeMap", "CorpusGenerator"], path: "Sources/strikemap-bench"),
        .executableTarget(name: "strikemap-fuzz", dependencies: ["StrikeMap"], path: "Sources/strikemap-fuzz"),
        .testTarget(
            name: "StrikeMapTests",
            dependencies: ["StrikeMap", "CorpusGenerator"],
            path: "Tests/StrikeMapTests",
            exclude: ["Fixtures"]
        ),
    ]
)
