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

    init(_ r: inout WordRegistry) {
        civilians = r.set(["civilians", "civilian", "people", "children", "women", "residents", "villagers", "persons", "family",
                           "families", "worshippers", "students", "patients", "child", "person"])
        combatants = r.set(["militants", "militant", "fighters", "fighter", "terrorists", "terrorist", "jihadists", "jihadist",
                            "insurgents", "insurgent", "soldiers", "soldier", "troops", "members", "gunmen", "rebels", "combatants",
                            "extremists", "commanders", "leaders", "operatives", "personnel", "servicemen"])
        injuries = r.set(["wounded", "injured", "hurt", "wounding", "injuring"])
        deaths = r.set(["killed", "killing", "kills", "kill", "dead", "died", "deaths", "death", "die", "slain", "lives"])
        indefinite = r.set(["a", "an", "another"])
    }
}
