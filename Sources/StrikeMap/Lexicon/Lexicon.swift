/// Every word list strikemap reads text by, built once. Each concern declares its lists in a file of its
/// own, as data with a comment on why each list is there:
///
/// - `TriggerWords`: which words make a strike, and which words around them unmake one;
/// - `ReportWords`: how a report counts its strikes, refers back to them and says what they hit;
/// - `CasualtyWords`, `CountWords`, `DateWords`, `ActorWords`: who was killed, how many, when, by whom;
/// - `AttributionWords`: who a text says reports a strike, and how;
/// - `AssessmentWords`: how an assessing body writes its verdict on a report;
/// - `PlaceWords`: the cues that a capitalised word is (or is not) a place;
/// - `ContainmentWords`: how a text says which unit contains a place;
/// - `DemonymWords`: nationality adjectives and their countries;
/// - `UsageWords`: how a text uses a place name (literal, modifier, metonymic, embedded);
/// - `LocationCueWords`: how a sentence says where in or around a place a strike hit;
/// - `DocumentWords`: abbreviations and web page furniture, matched in the text itself.
///
/// Building a list through `WordRegistry` numbers its words, and the numbers make the `Vocabulary` that
/// every token is looked up in: a list cannot hold a word the vocabulary lacks.
struct Lexicon: Sendable {
    static let shared = Lexicon()

    let triggers: TriggerWords
    let reports: ReportWords
    let casualties: CasualtyWords
    let counts: CountWords
    let dates: DateWords
    let actors: ActorWords
    let assessments: AssessmentWords
    let attributions: AttributionWords
    let places: PlaceWords
    let containment: ContainmentWords
    let demonyms: DemonymWords
    let usage: UsageWords
    let locationCues: LocationCueWords
    let documents: DocumentWords
    /// The words of all the lists above, numbered.
    let vocabulary: Vocabulary

    private init() {
        var registry = WordRegistry()
        triggers = TriggerWords(&registry)
        reports = ReportWords(&registry)
        casualties = CasualtyWords(&registry)
        counts = CountWords(&registry)
        dates = DateWords(&registry)
        actors = ActorWords(&registry)
        assessments = AssessmentWords(&registry)
        attributions = AttributionWords(&registry)
        places = PlaceWords(&registry)
        containment = ContainmentWords(&registry)
        demonyms = DemonymWords(&registry)
        usage = UsageWords(&registry)
        locationCues = LocationCueWords(&registry)
        documents = DocumentWords()
        vocabulary = registry.vocabulary()
    }
}
