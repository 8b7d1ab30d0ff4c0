/// Recognises web page furniture that never reports an event: comment prompts, share buttons, alternate
/// addresses, photo captions, bylines.
enum BoilerplateFilter {
    static let phrases: [String] = [
        "leave a reply", "your email address", "required fields", "share this article", "read comments",
        "alternate address", "can also be accessed", "subscribe", "all rights reserved", "cookie", "click here",
        "sign up", "newsletter", "follow us", "www.", "http://", "https://", "copyright", "©", "file photo",
        "(photo by", "photo:", "image:", "related:", "advertisement", "related articles", "read more",
        "getty images", "reuters photo", "ap photo", "afp photo", "you may also like", "print this",
    ]

    static func isBoilerplate(_ s: [Unicode.Scalar], _ sentence: Sentence) -> Bool {
        let text = String(String.UnicodeScalarView(s[sentence.start..<sentence.end])).lowercased()
        if phrases.contains(where: { text.contains($0) }) { return true }
        // One or two words without a sentence mark ("Read", "Comments", "News / Military").
        if sentence.isFragment, text.split(whereSeparator: { $0 == " " || $0 == "/" }).count <= 2 { return true }
        return false
    }
}
