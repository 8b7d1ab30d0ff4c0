/// The web map's HTML: head (Leaflet's licence, its stylesheet and the page's), the controls, the map,
/// the chart and the data, then Leaflet and the page's script (`WebMapScript`); `head` ends where the data
/// begins and `tail` follows it, so that the data is written in pieces. Readable on a phone: the controls
/// wrap and the map takes most of the screen.
enum WebMapPage {
    /// How every page begins: `run` never reads a map.html that begins so as an article
    /// (`DirectoryEntryName.runOutputSignatures`).
    static let signature = "<!DOCTYPE html>\n<!-- strikemap web map -->\n"

    /// Everything before the data: the data (JSON safe in a script element, `PageWriter`) follows, then `tail`.
    static func head(title: String) -> String {
        signature + """
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(SVGText.escape(title))</title>
        \(leafletLicence)
        <style>\(Leaflet.css)</style>
        <style>\(style)</style>
        </head>
        <body>
        <header>
        <h1 id="title"></h1>
        <p id="summary" aria-live="polite"></p>
        </header>
        <section id="controls" aria-label="Time and filters">
        <div class="row time">
        <button id="play" type="button" aria-label="Play">▶</button>
        <button id="back" type="button" aria-label="Step back">◀▮</button>
        <button id="forward" type="button" aria-label="Step forward">▮▶</button>
        <label>Show <select id="mode"><option value="upto">everything up to</option><option value="range">a range</option></select></label>
        <input id="from" type="range" min="0" max="0" value="0" aria-label="From date">
        <input id="to" type="range" min="0" max="0" value="0" aria-label="To date">
        <output id="window"></output>
        <label><input id="undated" type="checkbox" checked> undated events</label>
        </div>
        <div class="row filters">
        <fieldset id="kinds"><legend>Kind</legend></fieldset>
        <fieldset id="statuses"><legend>Status</legend></fieldset>
        <label>Actor <select id="actor"></select></label>
        <label>Source <select id="source"></select></label>
        </div>
        </section>
        <main>
        <div id="map" role="region" aria-label="Map of events"></div>
        <aside id="legend" aria-label="Legend"></aside>
        </main>
        <section id="chart-box" aria-label="Strikes over time"><svg id="chart" role="img"></svg></section>
        <footer>Keys: space plays or pauses, ← and → step. \(DataCredits.line) Map: Leaflet (BSD-2-clause). Every symbol's popup quotes the sentence it came from.</footer>
        <script type="application/json" id="data">
        """
    }

    static let tail = """
    </script>
    <script>\(Leaflet.script)</script>
    <script>\(WebMapScript.source)</script>
    </body>
    </html>

    """

    /// Leaflet's licence as an HTML comment for the page's head (a comment must not hold "--").
    static var leafletLicence: String {
        "<!--\nInlined: " + Leaflet.package + "\n" + Leaflet.licence.replacingOccurrences(of: "--", with: "- -") + "\n-->"
    }

    static let style = """
    body{margin:0;font-family:Helvetica,Arial,'Liberation Sans',sans-serif;color:#222;background:#fff}
    header{padding:8px 14px 0}h1{font-size:20px;margin:0}#summary{margin:4px 0;color:#444;font-size:14px}
    #controls{padding:4px 14px;font-size:14px}.row{display:flex;flex-wrap:wrap;align-items:center;gap:6px 12px;margin:4px 0}
    .time input[type=range]{flex:1 1 160px;min-width:120px}#window{min-width:190px;font-variant-numeric:tabular-nums}
    fieldset{border:1px solid #ccc;border-radius:4px;padding:2px 8px;margin:0}legend{font-size:12px;color:#555}
    fieldset label{margin-right:8px;white-space:nowrap}select{max-width:220px}
    button{font-size:14px;min-width:38px;min-height:32px}
    main{position:relative}#map{height:62vh;min-height:320px;background:#d7e7f1}#map.over-symbol{cursor:pointer}
    #legend{position:absolute;right:10px;bottom:22px;z-index:500;background:rgba(255,255,255,.92);padding:5px 8px;border:1px solid #bbb;border-radius:4px;font-size:11px;line-height:1.35;max-width:250px}
    #legend summary{cursor:pointer;font-weight:bold}
    #legend .sw{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}
    #chart-box{padding:4px 14px}#chart{width:100%;height:170px;display:block}
    footer{padding:6px 14px 12px;font-size:12px;color:#555}
    .leaflet-tooltip.town{background:none;border:none;box-shadow:none;padding:0 0 0 2px;font-size:11px;color:#333;text-shadow:0 0 3px #fff,0 0 3px #fff}
    .leaflet-tooltip.town:before,.leaflet-tooltip.count:before{display:none}
    .leaflet-tooltip.country{background:none;border:none;box-shadow:none;font-size:13px;letter-spacing:2px;color:#777;text-transform:uppercase;text-shadow:0 0 3px #fff}
    .leaflet-tooltip.count{background:none;border:none;box-shadow:none;padding:0;font-size:11px;font-weight:bold;color:#fff;text-shadow:0 0 2px #000}
    .popup h3{margin:0 0 4px;font-size:15px}.popup dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:1px 8px;font-size:12px}
    .popup dt{color:#666}.popup dd{margin:0}.popup blockquote{margin:6px 0 0;padding-left:8px;border-left:3px solid #ccc;font-size:12px;max-height:140px;overflow:auto}
    .popup .more{font-size:12px;color:#555;margin-top:6px}.popup hr{border:none;border-top:1px solid #ddd}
    @media (max-width:600px){h1{font-size:17px}#map{height:55vh}#legend{font-size:11px;max-width:60%}#window{min-width:0}}
    """
}
