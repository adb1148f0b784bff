import LGPSRules
@testable import LGPSStatements

/// The situations the issue names for Part 2 and Part 2A item coverage, each built from the statement fixtures
/// (the April 2010 joiner: 60ths membership to March 2014, then CARE; married; protected by the underpin).
/// Every situation is extracted with the fund quoting reduced benefits for members between 55 and NPA, so that
/// section depends on age alone; `betweenNotQuoted` shows the fund's choice not to. `withAddedYears` is not one
/// the issue names: it is there so the added years lines are seen filled; `withAPC` likewise for the APC totals, `withARC` for
/// the ARC pension.
enum CoverageSituation: String, CaseIterable, Sendable, CustomStringConvertible {
    case underFiftyFive, betweenFiftyFiveAndNPA, betweenNotQuoted, overNPA, over2008Under2014NPA
    case fiftyFiftyInYear, single, withDebits, notProtected, multiplePosts, partYearJoiner, transferInYear
    case withAddedYears, withAPC, withARC

    var description: String { rawValue }

    static let sharingDebit = Money(pounds: 500)
    static let schemePaysDebit = Money(pounds: 250)
    static let sharingLumpSumDebit = Money(pounds: 900)
    static let sharingSurvivorDebit = Money(pounds: 200)
    static let transferIn = Money(pounds: 1_234)
    /// APC additional pension bought in 2023/24 and in 2024/25.
    static let apcEarlier = Money(pounds: 100), apcInYear = Money(pounds: 50)
    static let apcEarlierRevaluation = Money(pence: 670)
    /// ARC pension credited for 2022/23 and for 2023/24 (the contract completed on 31 March 2024).
    static let arcCredit = Money(pounds: 120)
    static let joinerPay = Money(pounds: 12_000)
    /// Added membership of 731 days bought by a contract from 1 April 2007 to 31 March 2009, so it spans
    /// 1 April 2008: 366 of its days fall before (a leap year) and 365 after, so 366 days count at 80ths and 365
    /// at 60ths (`addedYearsMembership`).
    static let addedYears = AddedYearsContract(startedOn: CalendarDate(2007, 4, 1), endsOn: CalendarDate(2009, 3, 31),
                                               daysPurchased: 731, rate: Rate(Fraction(2, 100)))

    /// Dates of birth making the member 49, 67 and 65 on 31 March 2025 (the fixture member is 58).
    static let bornUnder55 = CalendarDate(1975, 5, 1)
    static let bornOverNPA = CalendarDate(1957, 6, 1)
    static let bornOver2008NPA = CalendarDate(1959, 6, 1)

    var settings: StatementSettings {
        StatementSettings(quoteReducedBenefits: self != .betweenNotQuoted)
    }

    var subject: StatementSubject {
        var person = Fixtures.person()
        var member = Fixtures.member()
        var others: [MemberRecord] = []
        switch self {
        case .underFiftyFive: person.dateOfBirth = Self.bornUnder55
        case .betweenFiftyFiveAndNPA, .betweenNotQuoted: break
        case .overNPA: person.dateOfBirth = Self.bornOverNPA
        case .over2008Under2014NPA: person.dateOfBirth = Self.bornOver2008NPA
        case .fiftyFiftyInYear:
            member.record.sectionHistory = [
                SectionPeriod(section: .main, from: CalendarDate(2014, 4, 1), to: CalendarDate(2024, 9, 30)),
                SectionPeriod(section: .fiftyFifty, from: CalendarDate(2024, 10, 1), to: nil)]
            member.careYears = StatementFixtures.careYears {
                $0.mainPay = Money(pounds: 30_000)
                $0.fiftyFiftyPay = Money(pounds: 30_000)
                $0.earnedPension = Self.fiftyFiftyEarned
            }
        case .single: person.relationship = .single
        case .withDebits:
            member.debits = [
                Debit(kind: .pensionSharing, effectiveOn: CalendarDate(2020, 6, 1), annualAmount: Self.sharingDebit,
                      cashAmount: nil, lumpSumAmount: Self.sharingLumpSumDebit,
                      survivorAnnualAmount: Self.sharingSurvivorDebit, reference: "PSO-1"),
                Debit(kind: .annualAllowanceSchemePays, effectiveOn: CalendarDate(2024, 7, 31),
                      annualAmount: Self.schemePaysDebit, cashAmount: nil, reference: "AA-1")]
        case .notProtected: member = StatementFixtures.careOnlyMember(joined: CalendarDate(2015, 4, 1))
        case .multiplePosts: others = [member, Fixtures.member(id: 11, number: "M0011")]
        case .partYearJoiner:
            member = StatementFixtures.careOnlyMember(joined: CalendarDate(2024, 10, 1))
            member.careYears = [SituationRowTests.careYear(2024, main: Self.joinerPay, fiftyFifty: .zero,
                                                           earned: Self.accrued(Self.joinerPay, Fraction(1, 49)),
                                                           opening: .zero)]
        case .transferInYear: member.careYears = StatementFixtures.careYears { $0.transfersIn = Self.transferIn }
        case .withAddedYears: member.addedYears = [Self.addedYears]
        case .withAPC:
            // £100 bought in 2023/24 is in that year's closing balance and next year's opening, revalued by
            // 6.7% on 6 April 2024 (£6.70), so the recorded account stays consistent.
            var years = Fixtures.careYears()
            let earlier = years.count - 2
            years[earlier].additionalPensionContributions = Self.apcEarlier
            years[earlier].closingBalance = years[earlier].closingBalance + Self.apcEarlier
            member.careYears = StatementFixtures.careYears(from: years) {
                $0.openingBalance = $0.openingBalance + Self.apcEarlier
                $0.revaluation = $0.revaluation + Self.apcEarlierRevaluation
                $0.additionalPensionContributions = Self.apcInYear
            }
        case .withARC:
            // Held beside the pension account, so the closing balances are unchanged.
            member.careYears = member.careYears.map { year in
                var year = year
                if [2022, 2023].contains(year.schemeYear.startYear) { year.additionalRegularContributions = Self.arcCredit }
                return year
            }
        }
        return Fixtures.subject(member, person: person, others: others)
    }

    /// £30,000 at 1/49 plus £30,000 at 1/98, each rounded to the penny: £612.24 + £306.12.
    static let fiftyFiftyEarned = accrued(Money(pounds: 30_000), Fraction(1, 49))
        + accrued(Money(pounds: 30_000), Fraction(1, 98))

    /// `pay` × `fraction`, to the nearest penny.
    static func accrued(_ pay: Money, _ fraction: Fraction) -> Money {
        Money.rounding(pay.exactly(times: fraction), .nearestPennyHalfUp)
    }

    /// The extract row for this situation.
    func row() throws -> ExtractRow {
        try Fixtures.extractor(settings).extract(subject, year: Fixtures.year).get()
    }
}

extension CoverageSituation {
    /// The facts that decide which items this situation's row fills.
    var facts: CoverageFacts {
        var facts = CoverageFacts()
        // Every member but the under-55 and the over-NPA is between 55 and NPA on 31 March 2025.
        facts.reducedBenefits = ![.underFiftyFive, .overNPA, .betweenNotQuoted].contains(self)
        switch self {
        case .underFiftyFive, .betweenFiftyFiveAndNPA, .betweenNotQuoted, .multiplePosts, .transferInYear: break
        case .withAddedYears: facts.addedYears = true
        case .withAPC: facts.additionalPension = true
        case .withARC: facts.arc = true
        case .overNPA, .over2008Under2014NPA: facts.underpin = .over2008NPA
        case .fiftyFiftyInYear: facts.fiftyFiftyPay = true
        case .single: facts.partnered = false
        case .withDebits: facts.pensionSharingDebit = true; facts.schemePaysDebit = true
        case .notProtected: facts.finalSalary = false; facts.underpin = nil
        case .partYearJoiner: facts.finalSalary = false; facts.underpin = nil; facts.previousYear = false
        }
        facts.otherPosts = self == .multiplePosts
        return facts
    }
}
