/// Who a text says reports a strike, and how: what `AttributionReader` reads for `reported_by` and
/// `status` (a third party's report, the striker's own, an allegation, a denial).
struct AttributionWords: Sendable {
    /// "the monitor said", "state media reported", "HPG announced": verbs of saying after a source.
    let sayingVerbs: WordSet
    /// Nouns that are a source on their own, uncapitalised ("activists", "state media", "the monitor").
    let sourceNouns: WordSet
    /// "allegedly", "accused": the report is an allegation.
    let allegation: WordSet
    /// "denied", "rejected": the alleged striker says it did not strike ...
    let denial: WordSet
    /// ... when what is denied follows: "denied carrying out", "denied any involvement", "denied that",
    /// "rejected the claims" ("an airstrike denied ISIL key terrain" is a military use of the verb).
    let deniedObjects: WordSet
    /// "denied the claims", "rejected the reports": what "the" must introduce after a denial.
    let claims: WordSet
    /// "was reported", "has been confirmed": before a verb of saying, these leave its source unnamed.
    let passives: WordSet
    /// "senior US military authorities have confirmed": words between a source and its verb.
    let auxiliaries: WordSet
    /// "..., the monitor said on Monday that": words that end a source's phrase.
    let sourceBoundaries: WordSet
    /// "he said", "they told": a pronoun alone names no source.
    let pronouns: WordSet
    /// "conducted", "carried out", "executed": the striker's own account of its strikes, when no third
    /// party is cited ("Coalition military forces conducted 20 strikes", "an RAF Reaper conducted a strike").
    let ownAccount: WordSet
    /// "our aircraft", "we struck": a striker writing of itself.
    let firstPerson: WordSet
    /// Sources that are the striker's own voice when they name its actor: "the Turkish defence ministry
    /// said its jets struck", "the coalition said".
    let officialNouns: WordSet

    init(_ r: inout WordRegistry) {
        sayingVerbs = r.set(["said", "says", "reported", "reports", "announced", "stated", "claimed", "claims", "told", "added",
                             "confirmed", "confirms", "documented", "recorded", "tweeted", "posted", "wrote", "alleged"])
        sourceNouns = r.set(["activists", "activist", "monitor", "media", "residents", "witnesses", "sources", "officials",
                             "official", "spokesman", "spokeswoman", "spokesperson", "medics", "doctors", "observatory",
                             "ministry", "agency", "television", "tv", "statement", "group", "network", "locals", "rescuers",
                             "coalition", "military", "army", "militia", "police", "government", "pentagon", "rebels",
                             "opposition", "command", "volunteers", "hospital", "paramedics", "defence", "defense"])
        allegation = r.set(["allegedly", "alleged", "accused", "accuses", "accusing", "purportedly", "purported"])
        denial = r.set(["denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed"])
        // "attack" as releases write it: "coalition military forces continued to attack ISIL terrorists".
        deniedObjects = r.set(["that", "any", "carrying", "conducting", "involvement", "responsibility", "reports", "report",
                               "claims", "claim", "allegations", "allegation", "it", "its", "having", "being", "the", "striking",
                               "targeting", "bombing", "launching", "this", "these", "such"])
        claims = r.set(["claims", "claim", "reports", "report", "allegations", "allegation", "accusations"])
        passives = r.set(["was", "were", "is", "are", "been", "be"])
        auxiliaries = r.set(["have", "has", "had", "also", "later", "then"])
        sourceBoundaries = r.set(["that", "on", "in", "after", "when"])
        pronouns = r.set(["he", "she", "it", "they", "we", "i", "you"])
        ownAccount = r.set(["conducted", "carried", "executed", "performed", "completed", "attack"])
        firstPerson = r.set(["we", "our"])
        officialNouns = r.set(["ministry", "military", "spokesman", "spokeswoman", "spokesperson", "command", "army", "forces",
                               "pentagon", "coalition", "mod", "statement", "department", "headquarters", "it"])
    }
}
