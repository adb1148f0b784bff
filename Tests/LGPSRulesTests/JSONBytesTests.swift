import Foundation
import Testing
@testable import LGPSRules

/// RFC 8259 section 7: the hand-written JSON strings read back as the text written, whatever it holds.
@Suite struct JSONBytesTests {
    @Test func escapesQuotesBackslashesAndControlCharacters() {
        var out = JSONBytes()
        out.string("a\"b\\c\nd\re\tf\u{1}g\u{1f}h")
        #expect(out.text == #""a\"b\\c\nd\re\tf\u0001g\u001fh""#)
    }

    @Test func copiesTextWithNothingToEscapeWhole() {
        var out = JSONBytes()
        out.string("Annual survivor’s pension: £1,234.56 ✓")
        #expect(out.text == "\"Annual survivor’s pension: £1,234.56 ✓\"")
    }

    @Test func everyAsciiCharacterAndSomeOthersReadBack() throws {
        let samples = [String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }), "", "\"", "\\\\", "é\u{301}😀\"x"]
        for sample in samples {
            var out = JSONBytes()
            out.raw("[")
            out.string(sample)
            out.raw("]")
            let read = try JSONDecoder().decode([String].self, from: Data(out.bytes))
            #expect(read == [sample])
            #expect(JSONString.quoted(sample) == String(out.text.dropFirst().dropLast()))
        }
    }
}
