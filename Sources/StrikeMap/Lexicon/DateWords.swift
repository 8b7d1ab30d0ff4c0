/// Calendar words: what `DateReader` reads dates by (and `SentenceSplitter` and `StrikeScreen` by the
/// month names).
struct DateWords: Sendable {
    /// Month names and abbreviations, with the month's number.
    let months: WordMap<Int>
    /// The twelve full names.
    let monthNames: WordSet
    /// Day of the week, Sunday = 0.
    let weekdays: WordMap<Int>
    /// Words that can begin a date expression; any other word cannot (numbers and "11th" can too).
    let leadingWords: WordSet
    /// Between the two ends of a range: "from 2014 till 2019", "between August 2014 and September 2020".
    let rangeJoiners: WordSet
    /// "this morning", "this afternoon": the day of publication.
    let partsOfToday: WordSet
    /// Words that may come before a date that leads its sentence: "In the evening of 18 June", "On the night
    /// of 13 to 14 March", "Early on 3 May".
    let leadPhraseWords: WordSet
    /// Between two days of one night: "the night of 13 to 14 March", "13 into 14 March".
    let nightJoiners: WordSet
    /// "overnight", "tonight": a night the text may date itself ("overnight on 15 June").
    let nightWords: WordSet

    init(_ r: inout WordRegistry) {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        let abbreviations: [(String, Int)] = [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
                                              ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)]
        months = r.map(names.enumerated().map { ($1, $0 + 1) } + abbreviations)
        monthNames = r.set(names)
        weekdays = r.map(["sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6])
        // Other than months and weekdays: the relative words and the openers of ranges and periods.
        let others = ["yesterday", "today", "tonight", "tomorrow", "overnight", "last", "earlier", "between", "from", "since", "in",
                      "over", "this"]
        leadingWords = r.set(months.words + weekdays.words + others)
        rangeJoiners = r.set(["and", "to", "till", "until", "through", "-"])
        partsOfToday = r.set(["morning", "afternoon", "evening"])
        leadPhraseWords = r.set(["on", "in", "the", "of", "early", "late", "morning", "afternoon", "evening", "night", "dawn",
                                 "during", "at", "overnight", "midnight", "noon"])
        nightJoiners = r.set(["to", "into", "-"])
        nightWords = r.set(["overnight", "tonight"])
    }
}
