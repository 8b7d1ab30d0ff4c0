/// Who was killed or hurt: the words `CasualtyReader` counts the dead by.
struct CasualtyWords: Sendable {
    /// The dead of these words are counted as civilians.
    let civilians: WordSet
    /// ... and of these as combatants.
    let combatants: WordSet
    let injuries: WordSet
    /// A count of the dead needs one of these near it.
    let deaths: WordSet
    /// Words a count of the dead cannot reach back over ("another 12 civilians": the count is "12").
    let indefinite: WordSet
    /// Words that leave a number unsaid: "an unspecified number of militants" is no count (not one).
    let unknownAmounts: WordSet
    /// Between two counts, these make the second a part of the first: "seven people, including three
    /// children" are seven, not ten.
    let partOf: WordSet
    /// "no casualties", "neither injuries nor fatalities", "nobody was hurt": harm said to be none.
    let noneWords: WordSet
    let casualtyNouns: WordSet
    let fatalityNouns: WordSet
    let injuryNouns: WordSet
    /// The upper bound of a vague count of people (its lower bound is `CountWords.vague`): "dozens" is 24
    /// to 99, "scores" 40 to 199, "hundreds" 200 to 999, "thousands" 2,000 to 9,999, "several" 3 to 9.
    let vagueUpper: WordMap<Int>
    /// Nouns whose side is what follows "of": "six members of one family" are civilians, "members of ISIS" not.
    let groupNouns: WordSet
    /// What may follow a count of the dead written without a noun ("killing 5 and wounding 12", "injured 40
    /// others."): anything else ("killed 3 km from", "wounded 2 weeks ago") makes the number no such count.
    let bareCountFollowers: WordSet
    /// The words around such counts (`CasualtyReader+BareCounts`): "8 were killed", "3 have died", "two
    /// died"; "left 12 dead", "3 killed, 5 wounded"; "40 others were injured"; "the death toll rose to 30".
    let passiveAuxiliaries: WordSet
    let perfectAuxiliaries: WordSet
    let intransitiveDeaths: WordSet
    let harmParticiples: WordSet
    /// Words of death that take no object: "dead 12" or "lives 3" counts no one.
    let objectlessDeathWords: WordSet
    /// Before a count of a participle: the count opens the clause ("left 12 dead", ", 8 wounded").
    let participleCountLeads: WordSet
    let countTails: WordSet
    let tollNouns: WordSet
    let tollVerbs: WordSet
    /// After a count, an age: "an 87 year old woman", "a 12-year-old boy".
    let ageUnits: WordSet
    /// An article alone is no count without its noun ("an wounded"); "another was injured" is one.
    let bareArticles: WordSet

    init(_ r: inout WordRegistry) {
        civilians = r.set(["civilians", "civilian", "people", "children", "women", "residents", "villagers", "persons", "family",
                           "families", "worshippers", "students", "patients", "child", "person", "woman", "man", "men", "boy", "boys",
                           "girl", "girls", "mother", "father", "infant", "infants", "baby", "babies", "wife", "husband", "son",
                           "sons", "daughter", "daughters", "toddler", "toddlers", "individuals", "farmers", "shepherd", "shepherds",
                           "passers-by", "pedestrian", "pedestrians", "passenger", "passengers", "non-combatants",
                           // People by what they were doing or are: "40 migrants", "140 mourners", "seven aid workers".
                           "migrants", "refugees", "mourners", "guests", "pilgrims", "shoppers", "workers", "journalists",
                           "reporters", "medics", "paramedics", "doctors", "nurses", "rescuers", "volunteers", "teachers",
                           "pupils", "schoolchildren", "fishermen", "fishers", "worshipers", "detainees",
                           "labourers", "laborers", "employees"]
                          // Nationalities as people: "at least 11 Palestinians", "three Yemenis".
                          + DemonymWords.codes.map(\.key).filter { !["sh", "ch", "se", "s"].contains(where: $0.hasSuffix) }.map { $0 + "s" })
        combatants = r.set(["militants", "militant", "fighters", "fighter", "terrorists", "terrorist", "jihadists", "jihadist",
                            "insurgents", "insurgent", "soldiers", "soldier", "troops", "members", "gunmen", "rebels", "combatants",
                            "extremists", "commanders", "leaders", "operatives", "personnel", "servicemen", "commander", "leader",
                            "operative", "member", "emir", "emirs", "officer", "officers", "sniper", "snipers",
                            "militia", "militias", "militiamen", "guerrillas", "guerrilla",
                            // Groups named as their fighters: "killing 7 Taliban", "12 Houthis", "15 Al Shabaab".
                            "taliban", "houthis", "shabaab", "shabab"])
        injuries = r.set(["wounded", "injured", "hurt", "wounding", "injuring", "injuries", "injures", "wounds"])
        deaths = r.set(["killed", "killing", "kills", "kill", "dead", "died", "deaths", "death", "die", "slain", "lives"])
        indefinite = r.set(["a", "an", "another"])
        unknownAmounts = r.set(["number", "unspecified", "unknown", "undisclosed", "undetermined", "uncounted", "unconfirmed"])
        partOf = r.set(["including", "among", "incl", "of"])
        noneWords = r.set(["no", "neither", "nor", "without", "nobody", "zero"])
        casualtyNouns = r.set(["casualties", "casualty", "victims", "losses"])
        fatalityNouns = r.set(["fatalities", "fatality", "deaths", "dead", "killed"])
        injuryNouns = r.set(["injuries", "injured", "wounded"])
        vagueUpper = r.map(["dozens": 99, "scores": 199, "hundreds": 999, "thousands": 9999, "several": 9])
        groupNouns = r.set(["members", "member"])
        bareCountFollowers = r.set([",", ".", ";", ":", ")", "and", "others", "other", "more", "in", "on", "at", "including", "among",
                                    "when", "after", "as", "while", "during", "since", "according"])
        passiveAuxiliaries = r.set(["were", "was"])
        perfectAuxiliaries = r.set(["have", "has", "had"])
        intransitiveDeaths = r.set(["died"])
        harmParticiples = r.set(["dead", "killed", "wounded", "injured", "hurt"])
        objectlessDeathWords = r.set(["dead", "deaths", "death", "lives"])
        participleCountLeads = r.set(["left", "leaving", ",", "and"])
        countTails = r.set(["others", "more"])
        tollNouns = r.set(["toll"])
        tollVerbs = r.set(["to", "at", "reached"])
        ageUnits = r.set(["year", "years", "month", "months"])
        bareArticles = r.set(["a", "an"])
    }
}
