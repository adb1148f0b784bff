/// A UK postcode: an outward code (area letters, district) and an inward code (sector digit, unit letters).
///
/// Shape check per the Royal Mail / BS 7666 postcode formats (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA,
/// AA9A 9AA), plus the non-geographic `GIR 0AA`. Stored upper-case with a single space before the inward code.
public struct Postcode: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    static let outwardShapes: Set<String> = ["A9", "A99", "A9A", "AA9", "AA99", "AA9A"]
    static let inwardShape = "9AA"
    static let girobank = "GIR 0AA"

    /// Validates `text`, ignoring case and spaces; `nil` when it is not shaped like a UK postcode.
    public init?(_ text: String) {
        let compact = String(text.uppercased().filter { $0 != " " })
        guard (5...7).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return nil }
        let outward = String(compact.dropLast(3))
        let inward = String(compact.suffix(3))
        let formatted = outward + " " + inward
        if formatted == Postcode.girobank {
            value = formatted
            return
        }
        func shape(_ s: String) -> String { String(s.map { $0.isNumber ? "9" : "A" }) }
        guard Postcode.outwardShapes.contains(shape(outward)), shape(inward) == Postcode.inwardShape else { return nil }
        value = formatted
    }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = Postcode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Not a postcode"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
