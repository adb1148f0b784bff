import Testing
@testable import LGPSPortal

/// The small helpers behind the checklist items: base 32 for TOTP (AUTH-12), numbers in messages, text folding.
@Suite struct SupportTests {
    @Test("AUTH-12: base 32 follows RFC 4648 §10's test vectors (without padding)", arguments: [
        ("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foob", "MZXW6YQ"), ("fooba", "MZXW6YTB"),
        ("foobar", "MZXW6YTBOI"),
    ])
    func base32Vectors(text: String, encoded: String) {
        #expect(Base32.encode(Array(text.utf8)) == encoded)
        #expect(Base32.decode(encoded) == Array(text.utf8))
        #expect(Base32.decode(encoded.lowercased() + "======") == Array(text.utf8))
    }

    @Test("Base 32 text with a character outside the alphabet does not decode")
    func base32Invalid() {
        #expect(Base32.decode("MZXW1") == nil)
        #expect(Base32.decode("MZXW!") == nil)
    }

    @Test("Numbers in messages are grouped in threes", arguments: [
        (0, "0"), (999, "999"), (1_024, "1,024"), (1_000_000, "1,000,000"), (-12_000, "-12,000"),
    ])
    func grouping(value: Int, text: String) {
        #expect(NumberText.grouped(value) == text)
    }

    @Test("Folding removes case and accents but keeps letters that have no accent to remove")
    func folding() {
        #expect(TextFolding.foldedForComparison("ZOË Núñez") == "zoe nunez")
        #expect(TextFolding.foldedForComparison("Øst") == "øst")
    }
}
