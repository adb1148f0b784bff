import LGPSRules
@testable import LGPSStatements

/// What decides whether a Part 2 or Part 2A item is filled. Every catalogue item not named in `needs` is filled
/// in every situation; the named ones depend on one fact about the member, or are never produced.
enum CoverageNeed: Sendable {
    /// Final-salary membership before April 2014 (with final pay).
    case finalSalary
    /// A partner recorded, so a survivor's pension is quoted (Part 2 Table 1, "Partnership status").
    case partnered
    case pensionSharingDebit, schemePaysDebit
    /// Pay in the year in the main section / in the 50/50 section.
    case mainPay, fiftyFiftyPay
    /// The record has a Scheme year before the statement year.
    case previousYear
    case otherPosts
    /// Added years bought (an added years contract on the record).
    case addedYears
    /// Additional pension bought by APC or awarded by SCAPC.
    case additionalPension
    /// Additional pension bought by additional regular contributions (ARC) before April 2014.
    case arc
    /// A survivor's pension quoted for a member with final-salary membership (its final salary part).
    case partneredFinalSalary
    /// Nothing in the fixtures to show (a third address line); listed so that a change shows up here.
    case never
}

/// The facts about a situation that decide which items are filled.
struct CoverageFacts: Sendable {
    /// Which Part 2A table a protected member's figures go in.
    enum Underpin: Sendable { case under2008NPA, over2008NPA }

    var finalSalary = true, partnered = true, pensionSharingDebit = false, schemePaysDebit = false
    var mainPay = true, fiftyFiftyPay = false, previousYear = true, otherPosts = false, addedYears = false
    var additionalPension = false, arc = false
    /// Between 55 and NPA on 31 March with the fund quoting reduced benefits (Part 2 Table 1, Part 3 (o)).
    var reducedBenefits = false
    /// `nil` when not protected by the underpin.
    var underpin: Underpin? = .under2008NPA

    func holds(_ need: CoverageNeed) -> Bool {
        switch need {
        case .finalSalary: return finalSalary
        case .partnered: return partnered
        case .pensionSharingDebit: return pensionSharingDebit
        case .schemePaysDebit: return schemePaysDebit
        case .mainPay: return mainPay
        case .fiftyFiftyPay: return fiftyFiftyPay
        case .previousYear: return previousYear
        case .otherPosts: return otherPosts
        case .addedYears: return addedYears
        case .additionalPension: return additionalPension
        case .arc: return arc
        case .partneredFinalSalary: return partnered && finalSalary
        case .never: return false
        }
    }

    /// Whether `item` should be filled: whole sections first (reduced benefits, the two Part 2A tables, the
    /// lifetime allowance, abolished from 6 April 2024 and not quoted), then the item's need.
    func expectsFilled(_ item: StatementItem) -> Bool {
        switch item.section {
        case .reducedBenefits: return reducedBenefits
        case .underpinUnder2008NPA: return underpin == .under2008NPA
        case .underpinOver2008NPA: return underpin == .over2008NPA
        case .lifetimeAllowance: return false
        default: return CoverageNeeds.need(item).map(holds) ?? true
        }
    }
}

/// The items whose filling depends on the member, by section and name as the guide writes them.
enum CoverageNeeds {
    static let needs: [(StatementSection, String, CoverageNeed)] = [
        (.personalDetails, "Address 3", .never), (.personalDetails, "Address 4", .never),
        (.personalDetails, "Address 5", .never),
        (.personalDetails, "Other posts (reference numbers)", .otherPosts),
        (.personalDetails, "Final salary pay for year ending 31 March 20xx", .finalSalary),
        (.deathBenefits, "Annual survivor's pension (before debit applied)", .partnered),
        (.deathBenefits, "Divorce debit to survivor’s pension", .pensionSharingDebit),
        (.deathBenefits, "Annual survivor’s pension", .partnered),
        (.deathBenefits, "Final salary survivor pension", .partneredFinalSalary),
        (.deathBenefits, "CARE survivor pension", .partnered),
        (.benefitsAt31March, "Annual survivor's pension", .partnered),
        (.benefitsAt31March, "Divorce debit to pension", .pensionSharingDebit),
        (.benefitsAt31March, "Divorce debit to lump sum", .pensionSharingDebit),
        (.benefitsAt31March, "Annual Allowance Scheme pays debit", .schemePaysDebit),
        (.benefitsAt31March, "Divorce debit to survivor pension", .pensionSharingDebit),
        (.benefitsAt31March, "Survivor pension at 31 March 20xx", .partnered),
        (.benefitsSupportingData, "CARE pension at 31 March previous year", .previousYear),
        (.benefitsSupportingData, "CARE pension in year main section", .mainPay),
        (.benefitsSupportingData, "CARE pension in year 50/50 section", .fiftyFiftyPay),
        (.benefitsSupportingData, "Total APC purchased / awarded (inc revaluation to 31/03/20xx)", .additionalPension),
        (.benefitsSupportingData, "Final salary survivor pension", .partneredFinalSalary),
        (.benefitsSupportingData, "CARE survivor pension", .partnered),
        (.projectionToNPA, "Pension divorce debit", .pensionSharingDebit),
        (.projectionToNPA, "Pension lump sum debit", .pensionSharingDebit),
        (.projectionToNPA, "Annual Allowance Scheme pays debit", .schemePaysDebit),
        (.projectionToNPA, "Survivor pension (before divorce debit)", .partnered),
        (.projectionToNPA, "Divorce debit to survivor pension", .pensionSharingDebit),
        (.projectionToNPA, "Survivor pension (after divorce debit)", .partnered),
        (.projectionSupportingData, "Total APC purchased / awarded at NPA (inc revaluation to date)", .additionalPension),
        (.serviceHistory, "Service history", .finalSalary),
    ] + finalSalaryBreakdown

    /// The shared final-salary lines, the same at 31 March and at NPA: membership and pensions with final-salary
    /// membership, added years (at 80ths and at 60ths) with an added years contract, ARC pension with ARC bought.
    static let finalSalaryBreakdown: [(StatementSection, String, CoverageNeed)] = breakdownNeeds.flatMap {
        [(StatementSection.benefitsSupportingData, $0.0, $0.atMarch),
         (StatementSection.projectionSupportingData, $0.0, $0.atNPA)]
    }

    /// Each final-salary line's need at 31 March and at NPA.
    static let breakdownNeeds: [(String, atMarch: CoverageNeed, atNPA: CoverageNeed)] = [
        ("80ths service", .finalSalary, .finalSalary), ("Added years purchased (80ths)", .addedYears, .addedYears),
        ("80ths pension", .finalSalary, .finalSalary), ("60ths service", .finalSalary, .finalSalary),
        ("Added years purchased (60ths)", .addedYears, .addedYears), ("60ths pension", .finalSalary, .finalSalary),
        ("ARC purchased (inc PI to 31/03/20xx)", .arc, .arc), ("Total FS service", .finalSalary, .finalSalary),
        ("Total final salary pension", .finalSalary, .finalSalary), ("Automatic lump sum", .finalSalary, .finalSalary),
    ]

    static let byColumn: [String: CoverageNeed] = Dictionary(
        needs.map { ("\($0.0.title): \($0.1)", $0.2) }, uniquingKeysWith: { first, _ in first })

    static func need(_ item: StatementItem) -> CoverageNeed? { byColumn[item.column] }
}
