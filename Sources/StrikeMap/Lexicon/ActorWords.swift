/// Who carried out a strike: the names `ActorReader` gives, and the words it knows them by.
struct ActorWords: Sendable {
    /// Cue phrases (as tokens: "u.s" "." "-" "led") with the actor they name, by their first word; each
    /// list keeps the declared order, longer cues before their own beginnings, and the first match wins.
    let cuesByFirstWord: WordMap<[(phrase: WordPhrase, actor: String)]>
    /// A bare demonym ("near the Iraqi border") names the actor only next to the trigger or before one of
    /// `forceWords` ("Russian warplanes").
    let demonyms: WordSet
    let forceWords: WordSet
    /// "fired by", "launched by": between ammunition and its striker.
    let firingVerbs: WordSet
    /// "presumed LNA forces", "suspected Russian jets": the actor named with a hedge.
    let hedges: WordSet
    /// Strikers that publish their own strike reports (coalition releases, defence ministries' reports):
    /// a document that cites no one and tells of their strikes as conducted is their own account.
    let selfReporting: Set<String>
    /// The name a country's forces go by among the cues, by the country's code: the name of a cue that is a
    /// nationality alone or with a word for armed forces ("russian" Russia, "syrian army" Syrian government).
    /// `ActorReader` names the forces of other nationalities ("Sudanese army drones") by their country.
    let countryLabels: [String: String]

    init(_ r: inout WordRegistry) {
        let cues: [([String], String)] = [
            (["us", "-", "led", "coalition"], "US-led coalition"), (["u.s", ".", "-", "led", "coalition"], "US-led coalition"),
            (["u", ".", "s", ".", "-", "led", "coalition"], "US-led coalition"), (["international", "coalition"], "US-led coalition"),
            (["coalition"], "US-led coalition"), (["syrian", "democratic", "forces"], "SDF"), (["sdf"], "SDF"),
            (["syrian", "government"], "Syrian government"), (["syrian", "regime"], "Syrian government"),
            (["syrian", "army"], "Syrian government"), (["regime"], "Syrian government"), (["assad"], "Syrian government"),
            (["russian"], "Russia"), (["russia"], "Russia"), (["turkish"], "Turkey"), (["turkey"], "Turkey"),
            (["israeli"], "Israel"), (["israel"], "Israel"), (["iraqi"], "Iraq"), (["jordanian"], "Jordan"),
            (["american"], "US"), (["united", "states"], "US"), (["pentagon"], "US"), (["us"], "US"), (["u.s"], "US"),
            (["u", ".", "s"], "US"), (["french"], "France"), (["british"], "UK"), (["unidentified", "warplanes"], "unidentified warplanes"),
            (["unidentified", "jets"], "unidentified warplanes"), (["unidentified", "aircraft"], "unidentified warplanes"),
            (["unidentified", "planes"], "unidentified warplanes"), (["unidentified", "drones"], "unidentified drones"),
            (["unidentified"], "unidentified"), (["unknown", "warplanes"], "unidentified warplanes"),
            (["unknown", "aircraft"], "unidentified warplanes"),
            (["raf"], "UK"), (["royal", "air", "force"], "UK"), (["dutch"], "Netherlands"), (["danish"], "Denmark"),
            (["belgian"], "Belgium"), (["australian"], "Australia"), (["canadian"], "Canada"),
            (["libyan", "national", "army"], "LNA"), (["lna"], "LNA"), (["haftar"], "LNA"), (["gna"], "GNA"),
            (["government", "of", "national", "accord"], "GNA"), (["hezbollah"], "Hezbollah"), (["houthi"], "Houthis"),
            (["houthis"], "Houthis"), (["pro", "-", "government"], "Syrian government"), (["hts"], "HTS"),
            (["saudi", "-", "led", "coalition"], "Saudi-led coalition"), (["arab", "coalition"], "Saudi-led coalition"),
            (["saudi"], "Saudi Arabia"), (["emirati"], "UAE"), (["ukrainian"], "Ukraine"), (["ukraine"], "Ukraine"),
            (["iranian"], "Iran"), (["pakistani"], "Pakistan"), (["somali"], "Somalia"), (["kenyan"], "Kenya"),
            (["ethiopian"], "Ethiopia"), (["egyptian"], "Egypt"), (["afghan"], "Afghanistan"),
            (["rapid", "support", "forces"], "RSF"), (["rsf"], "RSF"), (["nato"], "NATO"),
        ]
        var byFirst: [(String, [(phrase: WordPhrase, actor: String)])] = []
        for (words, actor) in cues {
            let cue = (phrase: r.phrase(words), actor: actor)
            if let k = byFirst.firstIndex(where: { $0.0 == words[0] }) { byFirst[k].1.append(cue) } else { byFirst.append((words[0], [cue])) }
        }
        cuesByFirstWord = r.map(byFirst)
        demonyms = r.set(["american", "russian", "turkish", "israeli", "iraqi", "jordanian", "french", "british", "syrian",
                          "dutch", "danish", "belgian", "australian", "canadian", "saudi", "emirati", "ukrainian", "iranian",
                          "pakistani", "somali", "kenyan", "ethiopian", "egyptian", "afghan"])
        firingVerbs = r.set(["fired", "launched", "dropped", "carried", "conducted"])
        hedges = r.set(["presumed", "suspected", "alleged", "apparent", "likely", "possible", "probable"])
        selfReporting = ["US-led coalition", "US", "UK", "France", "Netherlands", "Denmark", "Belgium", "Australia", "Canada", "Jordan"]
        let forces = ["forces", "security", "army", "jets", "warplanes", "aircraft", "military", "air", "planes", "drones", "troops",
                      "artillery", "navy", "helicopters", "gunships", "regime", "government", "defence", "defense", "ministry"]
        forceWords = r.set(forces)
        var labels: [String: String] = [:]
        let codes = Dictionary(DemonymWords.codes.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        for (words, actor) in cues {
            guard let code = codes[words[0]], words.count == 1 || words.count == 2 && forces.contains(words[1]), labels[code] == nil else { continue }
            labels[code] = actor
        }
        countryLabels = labels
    }
}
