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
        var body = Substring(text.trimmingWhitespace())
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        if body.hasPrefix("£") { body = body.dropFirst() }
        body = Substring(body.filter { $0 != "," })
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 15,
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
