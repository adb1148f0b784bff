import Foundation

/// The bundled deny-list of common and breached passwords (AUTH-6): the 10,000 most common passwords of the Xato
/// corpus, as published in zxcvbn (source and method in `Resources/README.md`), lowercased.
enum CommonPasswords {
    /// File name of the list inside the module's resources.
    static let resourceName = "common-passwords"

    /// The list, loaded once on first use. Empty if the resource is missing, which a test guards against.
    static let all: Set<String> = load()

    /// Reads the list from `Bundle.module`, one password a line.
    private static func load() -> Set<String> {
        guard let url = Bundle.module.url(forResource: resourceName, withExtension: "txt", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: resourceName, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(whereSeparator: \.isNewline).map(String.init))
    }

    /// Whether `password`, compared case-insensitively, is on the list.
    static func contains(_ password: String) -> Bool {
        all.contains(password.lowercased())
    }
}
