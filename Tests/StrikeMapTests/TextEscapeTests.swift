import XCTest
@testable import StrikeMap

/// The escapes of text written into SVG and into an HTML page's JSON script element, rewritten over UTF-8
/// bytes for speed: what each character becomes.
final class TextEscapeTests: XCTestCase {
    func testSVGEscapesMarkupAndDropsWhatIsNoText() {
        XCTAssertEqual(SVGText.escape("Airstrikes near Hajin"), "Airstrikes near Hajin")
        XCTAssertEqual(SVGText.escape("A & B <c> \"d\" 'e'"), "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;")
        XCTAssertEqual(SVGText.escape("one\n\ntwo\tthree\u{1}"), "one  two three")
        // Bidirectional overrides and non-characters go; other text outside ASCII stays.
        XCTAssertEqual(SVGText.escape("Dayr \u{202E}az\u{2066} Zawr \u{FFFE}ʿAyn — Kyiv"), "Dayr az Zawr ʿAyn — Kyiv")
    }

    func testScriptSafeJSONHasNoMarkupOrLineSeparators() {
        var j = JSONText(scriptSafe: true)
        j.string("</script><!-- & \u{2028}\u{2029} é")
        let text = j.text
        XCTAssertEqual(text, "\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 é\"")
        XCTAssertFalse(text.contains("<") || text.contains(">") || text.contains("&"))
    }
}
