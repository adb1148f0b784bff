/// How future pay grows in a projection: a fixed rate or CPI plus a margin, compounded year on year or added
/// (simple growth on the starting pay). An assumption, not a rule: it is always shown beside the result.
public struct PayGrowth: Sendable, Hashable {
    /// Where each year's growth rate comes from.
    public enum Basis: Sendable, Hashable {
        case fixed(Rate)
        case cpiPlus(Rate)
    }

    /// How yearly rates combine.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Each year's rate applies to the previous year's pay.
        case compound
        /// Each year's rate applies to the starting pay and the increases are added.
        case added
    }

    public var basis: Basis
    public var mode: Mode

    public init(basis: Basis, mode: Mode) {
        self.basis = basis
        self.mode = mode
    }

    /// No growth: the dashboards and statement basis (pay stays at today's level).
    public static let none = PayGrowth(basis: .fixed(Rate(.zero)), mode: .compound)

    /// Plain words for the assumption: "3% a year, compounded", "CPI plus 1% a year, added".
    public var summary: String {
        let rate: String
        switch basis {
        case .fixed(let r): rate = "\(r) a year"
        case .cpiPlus(let r): rate = "CPI plus \(r) a year"
        }
        return rate + (mode == .compound ? ", compounded" : ", added to starting pay")
    }
}
