import LGPSRules

/// Typed reading of scalar values; each failure is a problem at the value's line.
extension NodeCursor {
    func rate() throws(ParameterProblem) -> Rate {
        let text = try text()
        guard let value = Rate(percent: text) else { throw problem("\"\(text)\" is not a percentage") }
        return value
    }

    func fraction() throws(ParameterProblem) -> Fraction {
        let text = try text()
        guard let value = Fraction(text) else { throw problem("\"\(text)\" is not a fraction") }
        return value
    }

    func money() throws(ParameterProblem) -> Money {
        let text = try text()
        guard let value = Money(pounds: text), !(value < .zero) else {
            throw problem("\"\(text)\" is not an amount in pounds of zero or more")
        }
        return value
    }

    func int() throws(ParameterProblem) -> Int {
        let text = try text()
        guard let value = Int(text) else { throw problem("\"\(text)\" is not a whole number") }
        return value
    }

    func date() throws(ParameterProblem) -> CalendarDate {
        let text = try text()
        guard let value = CalendarDate(text) else { throw problem("\"\(text)\" is not a date (YYYY-MM-DD)") }
        return value
    }

    func flag() throws(ParameterProblem) -> Bool {
        switch try text() {
        case "true": return true
        case "false": return false
        case let other: throw problem("\"\(other)\" is not true or false")
        }
    }

    /// A list of percentages.
    func rates() throws(ParameterProblem) -> [Rate] {
        var result: [Rate] = []
        for item in try items() { result.append(try item.rate()) }
        return result
    }

    /// A `{title, href}` reference.
    func reference() throws(ParameterProblem) -> Reference {
        Reference(title: try field("title").text(), href: try optional("href")?.text())
    }
}
