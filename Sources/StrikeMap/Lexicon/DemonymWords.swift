/// Nationality adjectives and the country each names (ISO 3166-1 alpha-2), as the CIA World Factbook's
/// "Nationality: adjective" field gives them (https://www.cia.gov/the-world-factbook/, People and Society),
/// with the common English forms of news writing ("US", "UK" are names, not adjectives, and are in the
/// gazetteer). A demonym before a place word names its country as a place ("the Syrian city of X"); for
/// `places` every one is a mention of its country used as a modifier ("Russian warplanes").
struct DemonymWords: Sendable {
    let countries: WordMap<String>

    /// Each adjective and its country's code, as declared (what `countries` is made of).
    static let codes: KeyValuePairs<String, String> = [
        "syrian": "SY", "iraqi": "IQ", "libyan": "LY", "turkish": "TR", "jordanian": "JO", "lebanese": "LB",
        "israeli": "IL", "palestinian": "PS", "saudi": "SA", "iranian": "IR", "kuwaiti": "KW", "egyptian": "EG",
        "tunisian": "TN", "algerian": "DZ", "nigerien": "NE", "chadian": "TD", "sudanese": "SD", "cypriot": "CY",
        "american": "US", "british": "GB", "french": "FR", "german": "DE", "italian": "IT", "spanish": "ES",
        "portuguese": "PT", "dutch": "NL", "belgian": "BE", "swiss": "CH", "austrian": "AT", "irish": "IE",
        "scottish": "GB", "welsh": "GB", "danish": "DK", "swedish": "SE", "norwegian": "NO", "finnish": "FI",
        "icelandic": "IS", "polish": "PL", "czech": "CZ", "slovak": "SK", "hungarian": "HU", "romanian": "RO",
        "bulgarian": "BG", "greek": "GR", "serbian": "RS", "croatian": "HR", "bosnian": "BA", "albanian": "AL",
        "ukrainian": "UA", "russian": "RU", "belarusian": "BY", "lithuanian": "LT", "latvian": "LV",
        "estonian": "EE", "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ", "kazakh": "KZ", "uzbek": "UZ",
        "turkmen": "TM", "afghan": "AF", "pakistani": "PK", "indian": "IN", "bangladeshi": "BD",
        "nepali": "NP", "nepalese": "NP", "chinese": "CN", "japanese": "JP", "korean": "KR",
        "taiwanese": "TW", "mongolian": "MN", "vietnamese": "VN", "thai": "TH", "cambodian": "KH", "laotian": "LA",
        "burmese": "MM", "malaysian": "MY", "singaporean": "SG", "indonesian": "ID", "filipino": "PH",
        "philippine": "PH", "australian": "AU", "canadian": "CA", "mexican": "MX",
        "cuban": "CU", "haitian": "HT", "dominican": "DO", "jamaican": "JM", "guatemalan": "GT",
        "honduran": "HN", "salvadoran": "SV", "nicaraguan": "NI", "panamanian": "PA", "colombian": "CO",
        "venezuelan": "VE", "ecuadorian": "EC", "peruvian": "PE", "bolivian": "BO", "brazilian": "BR",
        "chilean": "CL", "argentine": "AR", "argentinian": "AR", "uruguayan": "UY", "paraguayan": "PY",
        "moroccan": "MA", "mauritanian": "MR", "malian": "ML", "nigerian": "NG", "ghanaian": "GH",
        "senegalese": "SN", "ivorian": "CI", "cameroonian": "CM", "ethiopian": "ET", "eritrean": "ER",
        "somali": "SO", "kenyan": "KE", "ugandan": "UG", "tanzanian": "TZ", "rwandan": "RW", "congolese": "CD",
        "angolan": "AO", "zambian": "ZM", "zimbabwean": "ZW", "mozambican": "MZ", "namibian": "NA",
        "botswanan": "BW", "malagasy": "MG", "yemeni": "YE", "omani": "OM", "emirati": "AE", "qatari": "QA",
        "bahraini": "BH", "tajik": "TJ", "kyrgyz": "KG",
    ]

    init(_ r: inout WordRegistry) {
        countries = r.map(Self.codes)
    }
}
