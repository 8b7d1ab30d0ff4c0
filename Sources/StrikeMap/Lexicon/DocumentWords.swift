/// Text-level lists of the document stage: matched against the text itself, not against tokens, so they
/// take no vocabulary numbers.
struct DocumentWords: Sendable {
    /// Words after which a period does not end a sentence ("Nov. 1", "Gen. Waldhauser", "Capt."), lowercase,
    /// without their period.
    let abbreviations: Set<String>
    /// Web page furniture that never reports an event: comment prompts, share buttons, alternate addresses,
    /// photo captions, bylines. Lowercase; matched in lowercased text (`BoilerplateFilter`).
    let boilerplatePhrases: [String]

    init() {
        abbreviations = [
            "mr", "mrs", "ms", "dr", "gen", "capt", "lt", "col", "sgt", "maj", "brig", "adm", "cmdr", "cpl", "pvt",
            "st", "no", "nos", "vs", "inc", "co", "corp", "ltd", "sen", "rep", "gov", "pres", "prof", "rev", "mt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
            "e.g", "i.e", "etc", "al", "fig", "km", "nm",
        ]
        boilerplatePhrases = [
            "leave a reply", "your email address", "required fields", "share this article", "read comments",
            "alternate address", "can also be accessed", "subscribe", "all rights reserved", "cookie", "click here",
            "sign up", "newsletter", "follow us", "www.", "http://", "https://", "copyright", "©", "file photo",
            "(photo by", "photo:", "image:", "related:", "advertisement", "related articles", "read more",
            "getty images", "reuters photo", "ap photo", "afp photo", "you may also like", "print this",
        ]
    }
}
