extension Money: CustomStringConvertible {
    /// `£1,234.56`, `-£0.05`.
    public var description: String {
        let negative = pence < 0
        let magnitude = pence.magnitude
        let pounds = String(magnitude / 100)
        var grouped = ""
        for (index, character) in pounds.enumerated() {
            if index > 0 && (pounds.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        let p = magnitude % 100
        return (negative ? "-" : "") + "£" + grouped + "." + (p < 10 ? "0" : "") + String(p)
    }

    /// `1234.56`: plain decimal pounds, as in CSV files and forms.
    public var decimalPounds: String {
        let negative = pence < 0
        let magnitude = pence.magnitude
        let p = magnitude % 100
        return (negative ? "-" : "") + String(magnitude / 100) + "." + (p < 10 ? "0" : "") + String(p)
    }

    /// Parses pounds written as `1234.56`, `1,234.5`, `£12` or `-3.10`. At most two decimals; `nil` otherwise.
    public init?(pounds text: String) {
        if let plain = Self.plainPounds(text.utf8) {
            self = plain
            return
        }
        var body = Substring(text.trimmingWhitespace())
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        if body.hasPrefix("£") { body = body.dropFirst() }
        body = Substring(body.filter { $0 != "," })
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= Money.maximumPoundDigits,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let whole = Int64(parts[0]) else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let value = Int64(parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? value * 10 : value
        }
        let pence = whole * Money.penniesPerPound + fraction
        self.init(pence: negative ? -pence : pence)
    }
}

extension Money {
    /// The amount in the form extracts and forms write it (`-1234.56`, `1234.5`, `1234`: at most 15 digits of
    /// pounds and two of pence), read straight from the UTF-8 bytes; `nil` for anything else, which
    /// `init?(pounds:)` then reads the general way.
    static func plainPounds(_ utf8: String.UTF8View) -> Money? {
        var negative = false, seenPoint = false
        var whole: Int64 = 0, wholeDigits = 0, fraction: Int64 = 0, fractionDigits = 0
        for (index, byte) in utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0:
                negative = true
            case UInt8(ascii: "."):
                guard !seenPoint else { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte - UInt8(ascii: "0"))
                if seenPoint {
                    fractionDigits += 1
                    fraction = fraction * 10 + digit
                } else {
                    wholeDigits += 1
                    whole = whole * 10 + digit
                }
            default:
                return nil
            }
        }
        guard (1...maximumPoundDigits).contains(wholeDigits), !seenPoint || (1...2).contains(fractionDigits) else {
            return nil
        }
        let pence = whole * penniesPerPound + (fractionDigits == 1 ? fraction * 10 : fraction)
        return Money(pence: negative ? -pence : pence)
    }

    /// The most digits of pounds an amount may have (so that its pence fit in 64 bits).
    static let maximumPoundDigits = 15
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (no Foundation needed).
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
