/// The ordered lists of data items for each kind of statement. Data, not logic.
///
/// The guide marks each item by colour (red compulsory, blue optional, green distribution; yellow and grey
/// shading for the guarantee amounts). The text of the guide held here has lost the colours, so the categories
/// follow the guide's notes and the legislation it quotes: the items Schedule 5 of the Disclosure Regulations
/// 2013 requires (death benefits, benefits at 31 March, pensionable pay, the start date, deductions) and the
/// dashboards' accrued and projected values are compulsory; items the notes call "for distribution" or needed
/// "for matching purposes" are distribution; the rest optional. Yellow and grey follow the notes' words
/// "including any estimated final guarantee amount" / "survivor guarantee amount" and the Part 2A summary.
/// - Source: LGA annual benefit statements guide (2025 onwards), Part 2 Table 1, Part 2A, Part 3 (a), (u), (y),
///   Part 4 [seed 001]; SI 2013/2734 Sch. 5 Parts 1–2; SI 2022/1220 Sch. 3 Part 1 para 2.
public enum StatementCatalogue {
    /// Every item of an active member's extract, Part 2 then Part 2A, in the guide's order.
    public static let active: [StatementItem] = personalDetails + deathBenefits + benefitsAt31March + reducedBenefits
        + benefitsSupportingData + projectionToNPA + projectionSupportingData + lifetimeAllowance + serviceHistory
        + underpinUnder2008NPA + underpinOver2008NPA + mcCloudRemedy

    /// The items for `kind`.
    public static func items(for kind: StatementKind) -> [StatementItem] {
        switch kind {
        case .active: return active
        case .deferred: return deferred
        case .pensionCredit: return pensionCredit
        }
    }

    /// The item of `kind`'s list in `section` called `name`, if there is one.
    public static func item(_ name: String, in section: StatementSection,
                            kind: StatementKind = .active) -> StatementItem? {
        items(for: kind).first { $0.name == name && $0.section == section }
    }
}
