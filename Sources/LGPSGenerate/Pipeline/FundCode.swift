/// Derives a fund's short code from its name: the initials of its words, upper-case, ignoring "of", "and",
/// "the" ("Northshire Pension Fund" is `NPF`, "City of Westmoor Pension Fund" is `CWPF`); a name of one word
/// gives its first four letters. `nil` when the name has no letters.
enum FundCode {
    static let ignoredWords: Set<String> = ["of", "and", "the", "&"]

    static func derive(from name: String) -> String? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
            .map { String($0.filter { $0.isASCII && $0.isLetter }) }
            .filter { !$0.isEmpty && !ignoredWords.contains($0.lowercased()) }
        guard let first = words.first else { return nil }
        if words.count == 1 { return String(first.prefix(4)).uppercased() }
        return String(words.compactMap(\.first)).uppercased()
    }
}
