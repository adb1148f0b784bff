/// One Scheme year of a projection.
public struct ProjectionYear: Sendable, Hashable, Encodable {
    public var schemeYear: SchemeYear
    public var pay: Money
    public var fiftyFiftyPay: Money
    public var earnedPension: Money
    public var revaluation: Money
    public var closingBalance: Money
}

/// A projection: the assumptions, the year-by-year CARE account and the benefits at retirement (with the
/// underpin comparison and the working).
public struct ProjectionResult: Sendable {
    public var name: String
    public var assumptions: ProjectionAssumptions
    public var years: [ProjectionYear]
    public var estimate: BenefitEstimate

    /// Plain text for `lgps project`.
    public var report: String {
        var out = ["Scenario: \(name)", "Assumptions:",
                   "  Figures known to \(assumptions.asAt.longUK); whole-time pay then \(assumptions.wholeTimePay) a year",
                   "  Pay growth: \(assumptions.payGrowth.summary)",
                   "  CPI: published orders to \(assumptions.inflation.actualThrough.longUK), then \(assumptions.inflation.assumed) a year",
                   "  Promotions: " + (assumptions.promotions.isEmpty ? "none"
                       : assumptions.promotions.map { "\($0.rate) on \($0.date.longUK)" }.joined(separator: ", ")),
                   "  Leaving: " + (assumptions.leaving?.longUK ?? "at retirement") + "; retirement \(assumptions.retirement.longUK)",
                   "", "Year     Pay            Earned      Revaluation   Closing balance"]
        for y in years {
            out.append("\(y.schemeYear)  \(pad(y.pay, 13))  \(pad(y.earnedPension, 10))  \(pad(y.revaluation, 12))  \(pad(y.closingBalance, 14))")
        }
        out.append("")
        out.append(estimate.report)
        return out.joined(separator: "\n")
    }

    func pad(_ money: Money, _ width: Int) -> String {
        let text = money.description
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension ProjectionResult: Encodable {
    enum Key: String, CodingKey { case name, assumptions, years, estimate }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(name, forKey: .name)
        try c.encode(["asAt": assumptions.asAt.description, "payGrowth": assumptions.payGrowth.summary,
                      "inflation": "\(assumptions.inflation.assumed) a year after \(assumptions.inflation.actualThrough)",
                      "retirement": assumptions.retirement.description,
                      "leaving": assumptions.leaving?.description ?? "at retirement"], forKey: .assumptions)
        try c.encode(years, forKey: .years)
        try c.encode(estimate, forKey: .estimate)
    }
}
