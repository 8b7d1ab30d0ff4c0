/// The kinds of article the generated corpus mixes, each written from varied sentence templates.
enum ArticleTemplates {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]
    static let shortMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    static let numberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
    static let actors = ["US-led coalition", "Russian", "Syrian government", "Turkish", "Iraqi", "Israeli", "unidentified"]
    static let targets = ["an ISIL tactical unit", "two ISIL fighting positions", "an ISIL weapons cache", "an ISIL vehicle",
                          "an ISIL headquarters building", "three ISIL staging areas", "an ISIL mortar position",
                          "an oil collection point", "a bridge used by the militants", "a command post"]

    struct Context {
        var rng: SplitMix64
        let pool: NamePool
        let year: Int
        let month: Int
        let day: Int

        mutating func town() -> (name: String, country: String, province: String?) {
            let t = rng.pick(pool.conflictTowns)
            return (pool.spelling(of: t, &rng), NamePool.countryNames[t.country] ?? t.country, t.province)
        }

        mutating func count(_ max: Int = 12) -> String {
            let n = 1 + rng.below(max)
            return rng.chance(50) && n <= 12 ? ArticleTemplates.numberWords[n - 1] : String(n)
        }

        var dayText: String { "\(ArticleTemplates.months[month - 1]) \(day)" }
        var dateLine: String { "date \(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)" }
    }

    /// A wire story: a dateline, a lead with a strike, quotes and background.
    static func wireStory(_ c: inout Context) -> String {
        let (town, country, province) = c.town()
        let actor = c.rng.pick(actors)
        var p = [c.dateLine, "",
                 "\(c.rng.pick(["BEIRUT", "BAGHDAD", "AMMAN", "ISTANBUL", "TRIPOLI"])) (Wire) -- \(actor) warplanes struck \(c.rng.pick(targets)) near \(town) in \(country)\(province.map { "'s \($0) province" } ?? "") on \(c.rng.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])), killing at least \(c.count(40)) militants, a monitoring group said."]
        let (town2, _, _) = c.town()
        p.append("Residents said \(c.count()) airstrikes hit the outskirts of \(town2) overnight and that \(c.count(20)) civilians were among the dead, including \(c.count(6)) children.")
        p.append("\"We heard the planes all night,\" said a teacher who gave only his first name, Ahmed. \"Nobody could sleep.\"")
        for _ in 0..<(1 + c.rng.below(4)) { p.append(filler(&c)) }
        if c.rng.chance(40) { p.append("Artillery shelling of \(c.town().name) continued on \(c.dayText), the group added.") }
        p.append("The \(actor) command did not respond to a request for comment.")
        return p.joined(separator: "\n\n")
    }

    /// A coalition strike release: a lead naming the day, then one line per place.
    static func strikeRelease(_ c: inout Context) -> String {
        var lines = [c.dateLine, "",
                     "On \(shortMonths[c.month - 1]) \(c.day), coalition military forces continued to attack ISIL terrorists in Syria and Iraq. Officials reported details of the earlier strikes.",
                     "", "Syria"]
        for k in 0..<(2 + c.rng.below(10)) {
            if k == 4 { lines.append("Iraq") }
            let t = c.town().name
            let n = c.count(9)
            lines.append("- Near \(t), \(n) \(n == "one" || n == "1" ? "strike" : "strikes") struck \(c.rng.pick(targets)) and destroyed \(c.rng.pick(targets)).")
        }
        lines.append("Task force officials define a strike as one or more kinetic events that occur in roughly the same geographic location to produce a single, sometimes cumulative effect.")
        return lines.joined(separator: "\n")
    }

    /// A casualty statement from a monitor or a ministry.
    static func casualtyStatement(_ c: inout Context) -> String {
        let (town, country, _) = c.town()
        return [c.dateLine, "",
                "At least \(c.count(60)) civilians were killed and \(c.count(80)) wounded in airstrikes on \(town) on \(c.dayText), according to the \(c.rng.pick(["Syrian Observatory for Human Rights", "health ministry", "local council", "UN office"])).",
                "The statement said the raids targeted a market and a school in the \(country)n town.",
                filler(&c),
                "A spokesman denied that civilians had been hit and said the strikes were aimed at militant positions.",
                filler(&c)].joined(separator: "\n\n")
    }

    /// News with place names and no strike: markets, weather, sport, politics.
    static func otherNews(_ c: inout Context) -> String {
        var p = [c.dateLine, ""]
        for _ in 0..<(4 + c.rng.below(12)) { p.append(otherParagraph(&c)) }
        // One in ten uses a strike word in another sense.
        if c.rng.chance(10) { p.insert(ambiguousParagraph(&c), at: 2 + c.rng.below(p.count - 1)) }
        return p.joined(separator: "\n\n")
    }

    /// A page that is mostly site furniture around a short item.
    static func boilerplatePage(_ c: inout Context) -> String {
        ["Home | News | World | Business | Sport | Subscribe", "Sign up for our newsletter",
         otherParagraph(&c),
         "Copyright \(c.year) News Agency. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
         "We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.",
         "Related: \(c.rng.pick(c.pool.worldCities)) talks resume | Oil prices steady | Weather outlook"].joined(separator: "\n")
    }

    static func otherParagraph(_ c: inout Context) -> String {
        let t = c.rng.pick(c.pool.otherTowns)
        let town = c.pool.spelling(of: t, &c.rng), country = NamePool.countryNames[t.country] ?? t.country
        let (conflictTown, _, _) = c.town()
        switch c.rng.below(6) {
        case 0: return "Shares in \(c.rng.pick(c.pool.worldCities)) rose \(c.count(9)).\(c.rng.below(10)) percent on \(c.dayText) as investors weighed new figures from \(country), where inflation eased to \(c.count(30)) percent."
        case 1: return "Heavy rain is expected in \(town) and across northern \(country) later this week, with temperatures falling to \(c.count(15)) degrees."
        case 2: return "The football club from \(town) beat its rivals \(c.rng.below(5))-\(c.rng.below(4)) in front of \(c.count(40)),000 fans, its coach said after the match."
        case 3: return "Officials in \(town) said the new road to \(conflictTown) would open in \(ArticleTemplates.months[c.rng.below(12)]) and cost about $\(c.count(90)) million."
        case 4: return "Delegations met in \(c.rng.pick(c.pool.worldCities)) on \(c.dayText) to discuss reconstruction in \(conflictTown), where families have begun to return."
        default: return "The ministry reported \(c.count(500)) new cases of the illness in \(town), up from \(c.count(400)) a week earlier."
        }
    }

    /// A paragraph that uses a strike word in another sense: the screen passes its document and the full
    /// passes must find no event.
    static func ambiguousParagraph(_ c: inout Context) -> String {
        let t = c.rng.pick(c.pool.otherTowns)
        let town = c.pool.spelling(of: t, &c.rng)
        return [
            "Union leaders in \(town) said workers would strike on \(c.dayText) unless the government agreed to talks, and ministers hoped to strike a deal before then.",
            "\(c.count(9).capitalizedFirst) people were killed in a road accident near \(town) on \(c.dayText), police said, as the election campaign entered its final week.",
            "The minister, who suffered a heart attack last year, told reporters in \(town) that the military budget for \(c.year + 1) would rise by \(c.count(9)) percent.",
        ][c.rng.below(3)]
    }

    /// Background paragraphs that strike stories carry.
    static func filler(_ c: inout Context) -> String {
        let (town, country, _) = c.town()
        switch c.rng.below(4) {
        case 0: return "The group seized large parts of \(country) in 2014 and still holds pockets of territory around \(town), according to analysts."
        case 1: return "Aid agencies said thousands of people had fled \(town) since the fighting intensified, many of them to camps near the border."
        case 2: return "The campaign has drawn criticism from rights groups, who say more care is needed to protect civilians in crowded areas."
        default: return "Talks on a political settlement have stalled, and the government says it will retake every part of the country."
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
