/// How an assessing body writes its verdict on a report of a strike (coalition civilian-casualty
/// statements, ministry replies, inquiry findings): what `AssessmentReader` reads.
struct AssessmentWords: Sendable {
    /// "not credible", "non-credible", "neither allegation credible", "whether ... are credible": words that
    /// turn a credibility word that follows within three tokens against the report, or leave it open.
    let negators: WordSet
    /// "credible", "credibly", "CIVCAS" (civilian casualties): what a verdict is about.
    let credibility: WordSet
    /// "insufficient evidence", "insufficient detail": not enough to find the report credible.
    let lacking: WordSet
    let evidence: WordSet
    /// "no Coalition actions were conducted", "no Coalition strikes were conducted": the striker's records
    /// hold no strike there.
    let strikeRecords: WordSet
    let conducted: WordSet
    /// "civilian casualties did not occur", "did not result in": the harm did not happen.
    let happened: WordSet
    /// "duplicates of those in allegation 57": the report repeats one assessed before.
    let duplicates: WordSet
    /// "based on the same report": what "same" must qualify to make a duplicate.
    let sameWhat: WordSet
    /// "under investigation", "remains open", "still being assessed".
    let openWords: WordSet
    /// "the investigation is ongoing": what can be ongoing as a verdict, and the verbs between.
    let inquiries: WordSet
    let stillVerbs: WordSet
    /// "it was assessed that one civilian was killed", "regrettably ... unintentionally killed": an
    /// assessment that the report's harm happened needs one of these with a word of harm.
    let findingVerbs: WordSet
    /// Harm an assessment finds: killed, injured, wounded, deaths.
    let harm: WordSet
    /// "no civilians were harmed", "were not killed": a finding that the harm did not happen.
    let noHarm: WordSet
    /// Before a word of harm, these make it the allegation's words, not a finding ("the woman alleged killed").
    let hearsay: WordSet
    /// A statement without a trigger word is about a strike's report only with one of these (or a
    /// military cue, or a word of death) in it: "the allegation provided insufficient detail", "via
    /// Airwars report", "the report of civilian casualties".
    let allegationWords: WordSet
    /// "via Airwars report", "via self-report", "via media reporting": how a statement names who alleged it.
    let sourcedVia: WordSet
    let reportNouns: WordSet
    /// Before a verdict, these mark it as superseded ("CFACC initially assessed", "previously closed").
    let superseded: WordSet
    /// A document needs one of these with a military cue, or one of `screenAlone`, to hold a verdict
    /// (`StrikeScreen`): "credibility" and "allegation" are rare outside assessments.
    let screenWords: WordSet
    let screenAlone: WordSet

    init(_ r: inout WordRegistry) {
        negators = r.set(["not", "no", "non", "neither", "nor", "whether", "un", "lack"])
        credibility = r.set(["credible", "credibly", "civcas", "credibility"])
        lacking = r.set(["insufficient", "inadequate", "unable", "unsufficient"])
        evidence = r.set(["evidence", "information", "detail", "details", "data", "info", "corroborate", "determine", "identify"])
        strikeRecords = r.set(["actions", "action", "strikes", "strike", "airstrikes", "aircraft", "engagements", "missions"])
        conducted = r.set(["conducted", "carried", "occurred", "flown", "took", "executed", "operating", "released"])
        happened = r.set(["occur", "result", "happen", "occurred", "resulted"])
        duplicates = r.set(["duplicate", "duplicates", "duplicated", "same"])
        openWords = r.set(["investigation", "review", "open", "ongoing", "assessed", "reviewed", "investigated", "assessment"])
        sameWhat = r.set(["report", "allegation", "incident", "strike"])
        inquiries = r.set(["investigation", "review", "assessment", "inquiry", "probe"])
        stillVerbs = r.set(["is", "remains"])
        findingVerbs = r.set(["assessed", "determined", "concluded", "indicates", "found", "regrettably", "unintentionally",
                              "inadvertently", "assesses", "likely", "confirmed", "unintentional", "inadvertent", "resulted"])
        harm = r.set(["killed", "injured", "wounded", "deaths", "death", "died", "hurt", "harmed"])
        noHarm = r.set(["no", "not", "nobody", "none"])
        hearsay = r.set(["alleged", "allegedly", "reportedly", "claimed", "reported", "purportedly"])
        allegationWords = r.set(["allegation", "allegations", "alleged", "civcas", "casualties", "casualty"])
        sourcedVia = r.set(["via"])
        reportNouns = r.set(["report", "reports", "reporting"])
        superseded = r.set(["initially", "previously", "originally", "earlier", "first"])
        screenWords = r.set(["casualties", "duplicates", "assessed"])
        screenAlone = r.set(["credible", "credibility", "allegation", "allegations", "civcas", "investigation"])
    }
}
