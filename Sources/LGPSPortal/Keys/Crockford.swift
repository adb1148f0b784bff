/// Crockford's base 32 (https://www.crockford.com/base32.html): digits and capital letters without I, L, O and U,
/// so that keys typed from a letter are not misread (AUTH-9, AUTH-13). Each character carries 5 bits.
enum Crockford {
    /// The 32 symbols, in value order.
    static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// Bits of key material in one character (log2 of the alphabet's size).
    static let bitsPerCharacter = 5

    /// Characters between hyphens when a key is shown to a person.
    static let groupSize = 4

    /// Letters people type for the digits they resemble, as Crockford's decoding rules allow.
    private static let lookAlikes: [Character: Character] = ["I": "1", "L": "1", "O": "0"]

    /// `count` characters chosen uniformly from the alphabet by the system's CSPRNG (CRYPTO-2).
    static func random(count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// `text` upper-cased, with spaces and hyphens of any kind removed and I, L and O read as 1, 1 and 0; `nil`
    /// unless exactly `length` characters of the alphabet remain.
    static func normalise(_ text: String, length: Int) -> String? {
        let kept = text.uppercased()
            .filter { !$0.isWhitespace && !TextFolding.hyphens.contains($0) }
            .map { lookAlikes[$0] ?? $0 }
        guard kept.count == length, kept.allSatisfy(alphabet.contains) else { return nil }
        return String(kept)
    }

    /// `text` in hyphen-separated groups of four, for display: `ABCDEFGH` becomes `ABCD-EFGH`.
    static func grouped(_ text: String) -> String {
        chunks(of: text, size: groupSize).joined(separator: "-")
    }

    /// `text` cut into pieces of `size` characters (the last may be shorter).
    static func chunks(of text: String, size: Int) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            pieces.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return pieces
    }
}
