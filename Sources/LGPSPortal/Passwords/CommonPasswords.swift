import Foundation

/// The bundled deny-list of common and breached passwords (AUTH-6): the 10,000 most common passwords of the Xato
/// corpus, as published in zxcvbn (source and method in `Resources/README.md`), lowercased.
enum CommonPasswords {
    /// File name of the list inside the module's resources.
    static let resourceName = "common-passwords"

    /// The list, loaded once on first use.
    static let all: Set<String> = load()

    /// Reads the list from `Bundle.module`, one password a line. A missing or empty list is a packaging fault and
    /// stops the process, as `Bundle.module` itself does for a missing bundle: the check fails closed rather than
    /// letting every common password through unnoticed.
    private static func load() -> Set<String> {
        guard let url = Bundle.module.url(forResource: resourceName, withExtension: "txt", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: resourceName, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8), !text.isEmpty else {
            preconditionFailure("Resources/\(resourceName).txt is missing from the LGPSPortal resource bundle, "
                                + "so new passwords cannot be checked against common passwords (AUTH-6)")
        }
        return Set(text.split(whereSeparator: \.isNewline).map(String.init))
    }

    /// Whether `password`, compared case-insensitively, is on the list.
    static func contains(_ password: String) -> Bool {
        all.contains(password.lowercased())
    }
}
