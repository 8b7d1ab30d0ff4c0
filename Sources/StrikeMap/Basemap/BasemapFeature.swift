extension Basemap {
    /// One country, unit, lake or river.
    public struct Feature: Sendable {
        public var layer: Layer
        /// ISO 3166-1 alpha-2 for countries, provinces and boundaries ("-99" where Natural Earth has none).
        public var code: String
        public var name: String
        /// The smallest box around all parts.
        public private(set) var bounds: GeoBox
        private var source: Source

        /// Where the parts are: in memory, or a line of the embedded geometry not read yet.
        enum Source: Sendable {
            case parts([[Coordinate]])
            case embedded(offset: Int, length: Int)
        }

        public init(layer: Layer, code: String, name: String, parts: [[Coordinate]]) {
            self.layer = layer
            self.code = code
            self.name = name
            source = .parts(parts)
            bounds = GeoBox(around: parts.flatMap { $0 }) ?? GeoBox(west: 0, south: 0, east: 0, north: 0)
        }

        /// A feature of the embedded basemap, its box from the index.
        init(layer: Layer, code: String, name: String, bounds: GeoBox, offset: Int, length: Int) {
            self.layer = layer
            self.code = code
            self.name = name
            self.bounds = bounds
            source = .embedded(offset: offset, length: length)
        }

        /// Rings (countries, provinces, lakes) or lines (boundaries, rivers). An embedded feature's are read
        /// from the embedded text on each access.
        public var parts: [[Coordinate]] {
            get { read(resolution: 0) }
            set {
                source = .parts(newValue)
                bounds = GeoBox(around: newValue.flatMap { $0 }) ?? bounds
            }
        }

        /// The parts, each point at least `resolution` degrees from the one kept before it (a ring's last
        /// point always kept, so that it stays closed); parts left with fewer than two points dropped.
        func read(resolution: Double) -> [[Coordinate]] {
            switch source {
            case .parts(let parts):
                return resolution > 0 ? parts.compactMap { Self.thin($0, resolution) } : parts
            case .embedded(let offset, let length):
                return EmbeddedBasemap.parts(offset: offset, length: length, resolution: resolution)
            }
        }

        private static func thin(_ part: [Coordinate], _ resolution: Double) -> [Coordinate]? {
            var kept: [Coordinate] = []
            for (k, c) in part.enumerated() {
                if let last = kept.last, k < part.count - 1,
                   abs(c.longitude - last.longitude) < resolution, abs(c.latitude - last.latitude) < resolution { continue }
                kept.append(c)
            }
            return kept.count >= 2 ? kept : nil
        }
    }
}
