import Foundation
import StrikeMap

// Prints strikemap's figures on the development set (../shared/data/dev/centcom-releases-2014-2015):
// line recall, precision, exact strike counts and lead-day dates, then the casualty statements'.
// Usage: strikemap-devset [--markdown] [DIR]; --markdown writes docs/accuracy.md's text (`AccuracyReport`),
// with the figures of ../shared/tools' scorers on the other sets.
func evaluate() -> Int32 {
    let dir = CommandLine.arguments.dropFirst().first { $0 != "--markdown" } ?? "../shared/data/dev/centcom-releases-2014-2015"
    guard let truthText = try? String(contentsOfFile: dir + "/truth.tsv", encoding: .utf8) else {
        figure("skipped: development set not found at \(dir) (it ships with ../shared, not with the product)")
        return 0
    }
    struct Row { var line: Int; var place: String; var strikes: Int }
    var truth: [String: [Row]] = [:]
    for line in truthText.split(separator: "\n").dropFirst() {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count >= 6, let n = Int(f[4]), let l = Int(f[5]) else { continue }
        truth[String(f[0]), default: []].append(Row(line: l, place: String(f[3]), strikes: n))
    }
    let extractor = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)
    let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12]
    var rows = 0, recalled = 0, counted = 0, events = 0, onTruthLines = 0, dated = 0, datedRight = 0
    var misses: [String] = []
    var placeRows = 0, placeRight = 0, outsideRegion = 0
    var placeFailures: [String: Int] = [:]
    for doc in truth.keys.sorted() {
        guard let bytes = FileManager.default.contents(atPath: dir + "/docs/" + doc),
              let article = try? ArticleDecoder().decode(Array(bytes), source: doc) else { continue }
        let result = extractor.extract(article)
        let scalars = Array(article.text.unicodeScalars)
        var newlines: [Int] = []
        for (i, c) in scalars.enumerated() where c == "\n" { newlines.append(i) }
        func line(_ offset: Int) -> Int { newlines.filter { $0 < offset }.count + 1 }
        let byLine = Dictionary(grouping: result.events, by: { line($0.evidenceStart) })
        let truthLines = Set(truth[doc]!.map(\.line))
        // The lead's day, read independently of the extractor: "On Nov. 1," / "On Jun. 26,".
        var lead: CalendarDay?
        if let m = article.text.range(of: #"On ([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}),"#, options: .regularExpression), let pub = article.published {
            let words = article.text[m].split(whereSeparator: { " .,".contains($0) })
            if words.count >= 3, let mo = months[words[1].lowercased().prefix(3).description], let d = Int(words[2]) {
                lead = CalendarDay(year: mo > pub.month ? pub.year - 1 : pub.year, month: mo, day: d)
            }
        }
        events += result.events.count
        if ProcessInfo.processInfo.environment["DEVSET_OFFLINE"] != nil {
            for e in result.events where !truthLines.contains(line(e.evidenceStart)) {
                print("OFF\t\(doc):\(line(e.evidenceStart))\t\(e.mention?.place.name ?? e.regionText ?? "-")\t\(e.aggregate)\t\(e.evidence.prefix(160))")
            }
        }
        if ProcessInfo.processInfo.environment["DEVSET_MULTI"] != nil {
            for (l, es) in byLine where es.count > 1 && truthLines.contains(l) {
                print("MULTI\t\(doc):\(l)\t\(es.map { ($0.mention?.place.name ?? $0.regionText ?? "-") + "/" + ($0.strikes.map(String.init) ?? "-") }.joined(separator: "; "))\t\(es[0].evidence.prefix(150))")
            }
        }
        if ProcessInfo.processInfo.environment["DEVSET_DATES"] != nil, let lead {
            for e in result.events where truthLines.contains(line(e.evidenceStart)) && e.date?.start != lead {
                print("DATE\t\(doc):\(line(e.evidenceStart))\tlead \(lead)\tgot \(e.date.map { "\($0.start)..\($0.end)" } ?? "nil")\t\(e.dateText ?? "-")\t\(e.evidence.prefix(120))")
            }
        }
        outsideRegion += result.events.filter { e in truthLines.contains(line(e.evidenceStart)) && !["SY", "IQ"].contains(e.mention?.place.country ?? "SY") }.count
        for e in result.events where truthLines.contains(line(e.evidenceStart)) {
            onTruthLines += 1
            if let lead { dated += 1; if e.date?.start == lead { datedRight += 1 } }
        }
        for r in truth[doc]! {
            placeRows += 1
            let written = r.place.trimmingCharacters(in: .whitespaces)
            let onLine = byLine[r.line] ?? []
            var right = false
            switch ExpectedPlaces.expectation(for: written) {
            case .country(let cc):
                right = !onLine.isEmpty && onLine.allSatisfy { ["SY", "IQ"].contains($0.mention?.place.country ?? cc) }
            case .town(let p):
                // The event placed at the name: its mention's key is the row's name or part of it.
                let key = Gazetteer.normalizedKey(written)
                let candidates = onLine.filter { e in e.mention.map { key.contains(Gazetteer.normalizedKey($0.place.name)) || key.contains(Gazetteer.normalizedKey(String(String.UnicodeScalarView(scalars[$0.start..<$0.end])))) } ?? false }
                right = (candidates.isEmpty ? Array(onLine.prefix(1)) : candidates).contains { e in
                    guard let m = e.mention else { return false }
                    return distanceKm(m.place.coordinate.latitude, m.place.coordinate.longitude, p.latitude, p.longitude) <= 15
                }
            case .unknown, .notAnnotated:
                right = false
            }
            if right { placeRight += 1 } else {
                let got = onLine.first?.mention.map { "\($0.place.name) (\($0.place.id))" } ?? "nothing"
                placeFailures["\(written) -> \(got)", default: 0] += 1
            }
            rows += 1
            let found = byLine[r.line] ?? []
            if !found.isEmpty { recalled += 1 } else { misses.append("\(doc):\(r.line) \(r.place)") }
            if found.contains(where: { $0.strikes == r.strikes }) { counted += 1 }
        }
    }
    func pct(_ a: Int, _ b: Int) -> String { String(format: "%.2f%% (%d/%d)", b == 0 ? 0 : 100 * Double(a) / Double(b), a, b) }
    figure("strike lines: \(rows)")
    figure("line recall: \(pct(recalled, rows))")
    figure("precision (events on strike lines): \(pct(onTruthLines, events))")
    figure("strike count exact: \(pct(counted, rows))")
    figure("event date = lead day: \(pct(datedRight, dated))")
    figure("place mentions resolved to the right town: \(pct(placeRight, placeRows))")
    figure("events on strike lines placed outside Syria and Iraq: \(outsideRegion)")
    for (f, n) in placeFailures.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }).prefix(25) {
        detail("place failure: \(n)x \(f)")
    }
    for m in misses.prefix(15) { detail("missed: \(m)") }
    let statements = (dir as NSString).deletingLastPathComponent + "/casualty-statements-2014-2016"
    CasualtyPlaces.report(statements)
    let ok = CasualtyEvents.report(statements)
    if AccuracyReport.markdown { AccuracyReport.scorers(dev: (dir as NSString).deletingLastPathComponent) }
    return ok ? 0 : 1
}
/// Great-circle distance (haversine, mean Earth radius 6,371 km).
func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
    let r = Double.pi / 180
    let a = pow(sin((lat2 - lat1) * r / 2), 2) + cos(lat1 * r) * cos(lat2 * r) * pow(sin((lon2 - lon1) * r / 2), 2)
    return 2 * 6371 * asin(min(1, sqrt(a)))
}

AccuracyReport.header()
exit(evaluate())
