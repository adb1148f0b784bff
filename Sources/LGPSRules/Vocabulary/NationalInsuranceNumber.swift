/// A National Insurance number: two prefix letters, six digits and a suffix letter A–D (`QQ123456C`).
///
/// Validation follows HMRC's National Insurance Manual NIM39110: the first letter is not D, F, I, Q, U or V; the
/// second is not D, F, I, O, Q, U or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are never allocated. HMRC uses
/// the prefix `QQ` for examples and test data (e.g. `QQ 12 34 56 C`), so it is accepted and marked by
/// `isExampleRange`: generated demo funds use it, and a real fund can refuse it at import if it wishes.
/// Spaces are ignored and letters are upper-cased on input; the stored form has no spaces.
public struct NationalInsuranceNumber: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Normalised form, nine characters, no spaces (`QQ123456C`).
    public let value: String

    static let invalidFirstLetters: Set<Character> = ["D", "F", "I", "Q", "U", "V"]
    static let invalidSecondLetters: Set<Character> = ["D", "F", "I", "O", "Q", "U", "V"]
    static let unallocatedPrefixes: Set<String> = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]
    static let examplePrefix = "QQ"
    static let suffixes: Set<Character> = ["A", "B", "C", "D"]

    /// Why a text is not a National Insurance number, in words for a form.
    public enum Problem: Error, Equatable, Sendable {
        case wrongShape
        case invalidPrefix
        case invalidSuffix

        public var message: String {
            switch self {
            case .wrongShape:
                return "Enter a National Insurance number in the correct format, like QQ 12 34 56 C"
            case .invalidPrefix:
                return "Enter a National Insurance number that starts with 2 valid letters"
            case .invalidSuffix:
                return "Enter a National Insurance number that ends with A, B, C or D"
            }
        }
    }

    /// Validates `text`, ignoring spaces and case.
    public static func parse(_ text: String) -> Result<NationalInsuranceNumber, Problem> {
        let compact = String(text.uppercased().filter { $0 != " " && $0 != "\u{00A0}" })
        let chars = Array(compact)
        guard chars.count == 9, chars[0...1].allSatisfy({ $0.isASCII && $0.isLetter }),
              chars[2...7].allSatisfy({ $0.isASCII && $0.isNumber }), chars[8].isASCII, chars[8].isLetter else {
            return .failure(.wrongShape)
        }
        let prefix = String(chars[0...1])
        if prefix != examplePrefix {
            guard !invalidFirstLetters.contains(chars[0]), !invalidSecondLetters.contains(chars[1]),
                  !unallocatedPrefixes.contains(prefix) else { return .failure(.invalidPrefix) }
        }
        guard suffixes.contains(chars[8]) else { return .failure(.invalidSuffix) }
        return .success(NationalInsuranceNumber(unchecked: compact))
    }

    /// A valid number, or `nil`.
    public init?(_ text: String) {
        guard case .success(let number) = NationalInsuranceNumber.parse(text) else { return nil }
        self = number
    }

    init(unchecked value: String) { self.value = value }

    /// Whether this is in HMRC's example range (`QQ`), used by demo and test data.
    public var isExampleRange: Bool { value.hasPrefix(NationalInsuranceNumber.examplePrefix) }

    /// `QQ 12 34 56 C`, as printed on letters.
    public var spaced: String {
        let c = Array(value)
        return "\(String(c[0...1])) \(String(c[2...3])) \(String(c[4...5])) \(String(c[6...7])) \(c[8])"
    }

    /// `QQ •• •• •• C`: for logs and places where the full number is not needed.
    public var masked: String {
        "\(value.prefix(2)) •• •• •• \(value.suffix(1))"
    }

    public var description: String { value }

    public static func < (l: Self, r: Self) -> Bool { l.value < r.value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let number = NationalInsuranceNumber(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "Not a National Insurance number"))
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
