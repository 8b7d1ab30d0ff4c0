/// A QGIS layer style (.qml) for strikemap's events, with the static map's look: one category a kind in
/// its colour (`MapStyle`), symbols sized by the reported number of strikes (area proportional, as the
/// map's), fill by status (solid when confirmed or credible, lighter when reported, faint when alleged or
/// under investigation, hollow when denied, not credible or a duplicate), labels as the map names places. QGIS loads
/// `strikes.qml` by itself when it opens `strikes.geojson` (a style beside a layer, of the same name).
public enum QGISStyle {
    /// The properties the style reads: each must be a field of `EventField` (a test checks it).
    static let fields: [EventField] = [.kind, .strikes, .status, .place, .mention, .geoPrecision]

    /// Labels as the map's (`EventLabel.reports`, in short): the reports' name where it was resolved
    /// itself, the gazetteer's otherwise.
    static let label = "CASE WHEN \"geo_precision\" <= 2 AND \"mention\" IS NOT NULL THEN \"mention\" ELSE \"place\" END"

    /// Fill opacity (0-255) by status, as a QGIS expression on `status`.
    static var fillAlpha: String {
        "CASE WHEN \"status\" IN ('denied','not_credible','duplicate') THEN 0 WHEN \"status\" IN ('alleged','under_investigation') THEN 90 WHEN \"status\" = 'reported' THEN 155 ELSE 215 END"
    }

    /// Diameter in millimetres: sqrt-scaled by `strikes`, 2.2 mm for an event without a count.
    static let size = "coalesce(1.8 + 1.1 * sqrt(\"strikes\"), 2.2)"

    public static func qml() -> String {
        var categories = "", symbols = ""
        for (n, kind) in StrikeKind.allCases.enumerated() {
            categories += "      <category render=\"true\" symbol=\"\(n)\" value=\"\(kind.rawValue)\" label=\"\(SVGText.escape(MapStyle.label(kind)))\"/>\n"
            symbols += symbol(name: String(n), rgb: rgb(MapStyle.color(kind)))
        }
        return """
        <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
        <qgis version="3.22.16" styleCategories="Symbology|Labeling">
          <renderer-v2 type="categorizedSymbol" attr="kind" forceraster="0" symbollevels="0" enableorderby="1">
            <categories>
        \(categories)    </categories>
            <symbols>
        \(symbols)    </symbols>
            <orderby>
              <orderByClause asc="0" nullsFirst="0">coalesce("strikes", 0)</orderByClause>
            </orderby>
          </renderer-v2>
          <labeling type="simple">
            <settings calloutType="simple">
              <text-style fieldName="\(SVGText.escape(label))" isExpression="1" fontFamily="Liberation Sans" fontSize="8" textColor="40,40,40,255" namedStyle="Regular">
                <text-buffer bufferDraw="1" bufferSize="0.8" bufferColor="255,255,255,255"/>
              </text-style>
              <placement placement="6" dist="1.2" quadOffset="2"/>
              <rendering obstacle="1" displayAll="0" labelPerPart="0"/>
            </settings>
          </labeling>
        </qgis>

        """
    }

    private static func symbol(name: String, rgb: String) -> String {
        let fill = SVGText.escape("color_rgba(\(rgb), \(fillAlpha))")
        return """
              <symbol type="marker" name="\(name)" alpha="1" clip_to_extent="1" force_rhr="0">
                <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
                  <Option type="Map">
                    <Option type="QString" name="name" value="circle"/>
                    <Option type="QString" name="color" value="\(rgb),215"/>
                    <Option type="QString" name="outline_color" value="\(rgb),255"/>
                    <Option type="QString" name="outline_width" value="0.3"/>
                    <Option type="QString" name="outline_width_unit" value="MM"/>
                    <Option type="QString" name="size" value="2.2"/>
                    <Option type="QString" name="size_unit" value="MM"/>
                  </Option>
                  <data_defined_properties>
                    <Option type="Map">
                      <Option type="QString" name="name" value=""/>
                      <Option name="properties" type="Map">
                        <Option name="size" type="Map">
                          <Option type="bool" name="active" value="true"/>
                          <Option type="QString" name="expression" value="\(SVGText.escape(size))"/>
                          <Option type="int" name="type" value="3"/>
                        </Option>
                        <Option name="fillColor" type="Map">
                          <Option type="bool" name="active" value="true"/>
                          <Option type="QString" name="expression" value="\(fill)"/>
                          <Option type="int" name="type" value="3"/>
                        </Option>
                      </Option>
                      <Option type="QString" name="type" value="collection"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>

        """
    }

    /// "#c0392b" -> "192,57,43".
    static func rgb(_ hex: String) -> String {
        let digits = Array(hex.dropFirst())
        let value = Int(String(digits), radix: 16) ?? 0
        return "\(value >> 16 & 0xFF),\(value >> 8 & 0xFF),\(value & 0xFF)"
    }
}
