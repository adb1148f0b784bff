import Foundation

/// The rules for a new password (AUTH-1 to AUTH-4, AUTH-6): at least 12 characters, at most 1,024 bytes, no
/// composition rules, not a common password and not built from words about the service or the person's email.
/// The password is checked exactly as typed: nothing is trimmed or case-folded, and what is checked is what is
/// hashed (AUTH-4). Only the deny-list and context-word comparisons ignore case.
public struct PasswordPolicy: Sendable {
    /// Fewest characters (`Character`s, so "é" counts once however it is encoded) (AUTH-1).
    public static let minimumCharacters = 12

    /// Most UTF-8 bytes: generous, but a bound on hashing work (AUTH-2).
    public static let maximumBytes = 1_024

    /// Shortest context word that is checked; shorter ones would refuse too many good passwords.
    public static let minimumContextWordLength = 4

    /// Words refused for every fund (AUTH-6): the scheme, the service and the obvious one.
    public static let standardContextWords = ["lgps", "pension", "password"]

    /// The context words in use, lowercased: the standard ones and the words of those passed in.
    public let contextWords: [String]

    /// A policy refusing the standard context words and the words in `contextWords` (fund name, employer names)
    /// (AUTH-6). Each is split into words at anything that is not a letter or digit; words shorter than 4
    /// characters are left out, so "West Yorkshire Pension Fund" adds "west", "yorkshire" and "fund".
    public init(contextWords: [String]) {
        let words = (Self.standardContextWords + contextWords).flatMap { phrase in
            phrase.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        var seen = Set<String>()
        self.contextWords = words.filter { $0.count >= Self.minimumContextWordLength && seen.insert($0).inserted }
    }

    /// The first problem with `password`, or `nil` if it may be used (AUTH-1, AUTH-2, AUTH-3, AUTH-4, AUTH-6).
    /// `email` is the person's email address, when known.
    public func check(_ password: String, email: String?) -> PasswordProblem? {
        if password.count < Self.minimumCharacters { return .tooShort(minimum: Self.minimumCharacters) }
        if password.utf8.count > Self.maximumBytes { return .tooLong(maximumBytes: Self.maximumBytes) }
        if CommonPasswords.contains(password) { return .common }
        let folded = password.lowercased()
        if let email, containsEmail(folded, email: email.lowercased()) { return .containsEmail }
        if let word = contextWords.first(where: { folded.contains($0) }) { return .containsWord(word) }
        return nil
    }

    /// Whether `folded` contains the whole address, or its part before the @ when that is long enough to matter.
    private func containsEmail(_ folded: String, email: String) -> Bool {
        let address = email.trimmingCharacters(in: .whitespaces)
        guard !address.isEmpty else { return false }
        if folded.contains(address) { return true }
        let local = address.split(separator: "@", maxSplits: 1).first.map(String.init) ?? ""
        return local.count >= Self.minimumContextWordLength && folded.contains(local)
    }
}
