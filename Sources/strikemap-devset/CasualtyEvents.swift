import Foundation
import StrikeMap

/// `extract` on the coalition casualty statements (../shared/data/dev/casualty-statements-2014-2016), as
/// the issue on genres measures it: the share of statements that give an event, that give one dated on
/// the truth's day, and whose last event's `status` agrees with the truth's `coalition_assessment`
/// (credible, non_credible -> not_credible, open_incident -> under_investigation, duplicate). The truth is
/// read here, for scoring only. Returns false when a figure is below the issue's target.
enum CasualtyEvents {
    static let targets = (withEvent: 0.97, dateOK: 0.90, status: 0.90)

    static func report(_ dir: String) -> Bool {
        guard let truthText = try? String(contentsOfFile: dir + "/truth.tsv", encoding: .utf8) else {
            figure("casualty statements (events): skipped, not found at \(dir)")
            return true
        }
        let lines = truthText.split(separator: "\n")
        guard let header = lines.first?.split(separator: "\t").map(String.init),
              let dateColumn = header.firstIndex(of: "date"), let assessmentColumn = header.firstIndex(of: "coalition_assessment") else {
            figure("casualty statements (events): truth.tsv has no date or coalition_assessment column")
            return false
        }
        let statusOf = ["credible": ReportStatus.credible, "non_credible": .notCredible, "open_incident": .underInvestigation, "duplicate": .duplicate]
        let extractor = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)
        var docs = 0, withEvent = 0, dateOK = 0, assessed = 0, agreed = 0
        for line in lines.dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count > max(dateColumn, assessmentColumn), let bytes = FileManager.default.contents(atPath: dir + "/docs/" + f[0]),
                  let article = try? ArticleDecoder().decode(Array(bytes), source: f[0]) else { continue }
            docs += 1
            let events = extractor.extract(article, allPlaces: false).events
            if !events.isEmpty { withEvent += 1 }
            if events.contains(where: { $0.date?.start.description == f[dateColumn] }) { dateOK += 1 }
            if let want = statusOf[f[assessmentColumn]] {
                assessed += 1
                if events.last?.status == want { agreed += 1 }
            }
        }
        func rate(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        func line(_ what: String, _ a: Int, _ b: Int, _ target: Double) -> Bool {
            let ok = rate(a, b) >= target
            figure(String(format: "casualty statements, %@: %.3f (%d/%d; target %.2f)%@", what, rate(a, b), a, b, target, ok ? "" : " BELOW TARGET"))
            return ok
        }
        let a = line("with an event", withEvent, docs, targets.withEvent)
        let b = line("dated on the truth's day", dateOK, docs, targets.dateOK)
        let c = line("status agreeing with the assessment", agreed, assessed, targets.status)
        return a && b && c
    }
}
