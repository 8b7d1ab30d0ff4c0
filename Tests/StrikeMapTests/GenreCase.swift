import XCTest
@testable import StrikeMap

/// One text in the style of a genre of strike reporting, in our own words, and what its report must be:
/// whether it reports a strike at all, and then its date and precision, counts, casualties, actor, source
/// and status. Fields left nil are not checked.
struct GenreCase {
    struct Expect {
        var isStrike = true
        var date: String?
        var dateEnd: String?
        var datePrecision: Int?
        var strikes: Int?
        var civilians: ClosedRange<Int>?
        var combatants: ClosedRange<Int>?
        var civiliansInjured: ClosedRange<Int>?
        var actor: String?
        var status: ReportStatus?
        var reportedBy: String?
        var kind: StrikeKind?
        var place: String?
        var assessment: String?
    }

    let text: String
    let expect: Expect
    let published: String
    let line: UInt

    init(_ text: String, published: String = "2019-06-15", line: UInt = #line, _ expect: Expect) {
        self.text = text
        self.expect = expect
        self.published = published
        self.line = line
    }

}

extension GenreCase {
    /// The events of the text with its publication date, and the warnings.
    func run() -> StrikeExtractor.Result {
        let head = "date \(published)\n\n"
        let article = Article(source: "case.txt", text: head + text, published: CalendarDay(iso: published), bodyStart: head.unicodeScalars.count)
        return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article)
    }

    func check(file: StaticString) {
        let events = run().events
        guard expect.isStrike else {
            XCTAssertTrue(events.isEmpty, "expected no strike, got \(events.map { $0.evidence.prefix(60) })", file: file, line: line)
            return
        }
        guard let e = events.first(where: { !$0.aggregate }) ?? events.first else {
            XCTFail("no event", file: file, line: line)
            return
        }
        func same<T: Equatable>(_ got: T?, _ want: T?, _ what: String) {
            if let want { XCTAssertEqual(got, want, what, file: file, line: line) }
        }
        func range(_ r: DeathRange, _ want: ClosedRange<Int>?, _ what: String) {
            guard let want else { return }
            XCTAssertEqual(r.min, want.lowerBound, "\(what) min", file: file, line: line)
            // An upper bound of Int.max stands for none ("at least 5").
            XCTAssertEqual(r.max, want.upperBound == .max ? nil : want.upperBound, "\(what) max", file: file, line: line)
        }
        same(e.date?.start.description, expect.date, "date")
        same(e.date?.end.description, expect.dateEnd, "date_end")
        same(e.date?.precision.rawValue, expect.datePrecision, "date_precision")
        same(e.strikes, expect.strikes, "strikes")
        range(e.civilianDeaths, expect.civilians, "civilians killed")
        range(e.combatantDeaths, expect.combatants, "combatants killed")
        range(e.civilianInjured, expect.civiliansInjured, "civilians injured")
        same(e.actor, expect.actor, "actor")
        same(e.status, expect.status, "status")
        same(e.reportedBy, expect.reportedBy, "reported_by")
        same(e.kind, expect.kind, "kind")
        if let place = expect.place {
            let name = (e.mention?.place.name ?? e.regionText ?? "") + " " + (e.mention?.text ?? "")
            XCTAssertTrue(NameKey.exact(name).contains(NameKey.exact(place)), "place \(name), expected \(place)", file: file, line: line)
        }
        if let a = expect.assessment {
            XCTAssertTrue(e.assessment?.text.contains(a) ?? false, "assessment \(e.assessment?.text ?? "nil")", file: file, line: line)
        }
    }
}

extension GenreCase.Expect {
    static let noStrike = GenreCase.Expect(isStrike: false)

    static func report(date: String? = nil, to dateEnd: String? = nil, precision: Int? = nil, strikes: Int? = nil,
                       civilians: ClosedRange<Int>? = nil, combatants: ClosedRange<Int>? = nil, injured: ClosedRange<Int>? = nil,
                       actor: String? = nil, status: ReportStatus? = nil, by reportedBy: String? = nil, kind: StrikeKind? = nil,
                       place: String? = nil, assessment: String? = nil) -> GenreCase.Expect {
        GenreCase.Expect(date: date, dateEnd: dateEnd, datePrecision: precision, strikes: strikes, civilians: civilians, combatants: combatants,
               civiliansInjured: injured, actor: actor, status: status, reportedBy: reportedBy, kind: kind, place: place, assessment: assessment)
    }
}
