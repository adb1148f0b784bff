import Foundation
import LGPSStatements

/// The mailing house's file of activation key letters: one line per letter, RFC 4180, with cells that could start
/// a spreadsheet formula neutralised (VAL-8). It is the only place the plain keys exist.
public enum ActivationKeyLetters {
    static let header = ["person_id", "title", "forenames", "surname"] + (1...5).map { "address_line_\($0)" }
        + ["postcode", "activation_key", "expires_on"]

    /// The CSV text.
    public static func csv(_ letters: [ActivationKeyIssuer.Letter]) -> String {
        let rows = letters.map { letter -> [String] in
            let person = letter.person
            let lines = (0..<5).map { $0 < person.contact.addressLines.count ? person.contact.addressLines[$0] : "" }
            return [String(person.id), person.title, person.forenames, person.surname] + lines
                + [person.contact.postcode, letter.key, letter.expiresOn.description]
        }
        return ([header] + rows).map { $0.map { ExtractTable.csvField(safe($0)) }.joined(separator: ",") + "\r\n" }
            .joined()
    }

    /// Writes the CSV to `path`, readable only by its owner (mode 0600).
    public static func write(_ letters: [ActivationKeyIssuer.Letter], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(csv(letters).utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// A cell starting =, +, -, @, tab or CR is prefixed with ' so a spreadsheet shows it as text (VAL-8).
    static func safe(_ text: String) -> String {
        guard let first = text.first, "=+-@\t\r".contains(first) else { return text }
        return "'" + text
    }
}
