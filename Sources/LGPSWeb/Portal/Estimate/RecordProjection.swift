import LGPSRules

/// A stored record carried forward to a retirement date under the modeller's assumptions, so the same
/// `MemberCalculator` the staff page uses can work out the benefits then. Pure: the record, the dates, the
/// assumptions and the parameters are all arguments.
///
/// For an active member, Scheme years not yet recorded are added: pay stays at the last recorded year's level
/// until today, then grows by `payGrowth` each 1 April (`PayPath`, compounded, rounded to the penny each year);
/// a part year is pro rata by days; pay from today is in `futureSection`, pay before it in the record's current
/// section. Whole-time final pay (for pre-2014 membership and the McCloud underpin) grows the same way. Revaluation
/// and pensions increase after today's published orders take `inflation` (`carryingIncreases`). A deferred
/// member's record is unchanged: only the increases are assumed.
struct RecordProjection {
    var today: CalendarDate
    var retirement: CalendarDate
    var payGrowth: Rate
    var inflation: Rate
    var futureSection: Section

    /// The parameters with revaluation and pensions increase after today's orders at the assumed CPI.
    func parameters(_ parameters: SchemeParameters) -> SchemeParameters {
        parameters.carryingIncreases(to: retirement, at: inflation, after: today)
    }

    /// The record with future pay added when the member is still paying in.
    func record(_ member: MemberRecord, parameters: SchemeParameters) -> MemberRecord {
        guard member.record.leftOn == nil, member.record.currentStatus?.isActiveMembership == true else { return member }
        var projected = member
        let current = member.record.sectionHistory.last?.section ?? .main
        if let last = member.careYears.last, last.schemeYear.end < retirement {
            let grossUp = Fraction(Int64(last.schemeYear.length),
                                   Int64(max(1, max(last.schemeYear.start, member.record.pensionableStart)
                                       .days(until: last.schemeYear.end) + 1)))
            let base = Money.rounding((last.mainPay + last.fiftyFiftyPay).exactly(times: grossUp), .nearestPennyHalfUp)
            let pay = yearlyPay(from: base, parameters: parameters)
            var year = last.schemeYear.next
            while year.start <= retirement {
                let level = pay[year] ?? base
                let before = days(from: year.start, to: min(year.end, retirement, today.adding(days: -1)))
                let after = days(from: max(year.start, today), to: min(year.end, retirement))
                let length = Int64(year.length)
                let earlier = Money.rounding(level.exactly(times: Fraction(before, length)), .nearestPennyHalfUp)
                let later = Money.rounding(level.exactly(times: Fraction(after, length)), .nearestPennyHalfUp)
                let main: Money = (current == .main ? earlier : .zero) + (futureSection == .main ? later : .zero)
                let fiftyFifty: Money = (earlier + later) - main
                projected.careYears.append(Self.careYear(year, main: main, fiftyFifty: fiftyFifty))
                year = year.next
            }
        }
        if let last = member.finalPay.last {
            let pay = yearlyPay(from: last.wholeTimePay, parameters: parameters)
            for back in (0..<3).reversed() {
                let ending = retirement.adding(years: -back)
                guard ending > last.yearEnding else { continue }
                projected.finalPay.append(FinalPayYear(yearEnding: ending,
                                                       wholeTimePay: pay[SchemeYear(containing: ending)] ?? last.wholeTimePay))
            }
        }
        if futureSection != current {
            let cut = max(today, member.record.sectionHistory.last?.from ?? today)
            if !projected.record.sectionHistory.isEmpty {
                projected.record.sectionHistory[projected.record.sectionHistory.count - 1].to = cut.adding(days: -1)
            }
            projected.record.sectionHistory.append(SectionPeriod(section: futureSection, from: cut, to: nil))
        }
        return projected
    }

    /// Pay for each Scheme year from the one containing today to the retirement year, growing from `base`.
    func yearlyPay(from base: Money, parameters: SchemeParameters) -> [SchemeYear: Money] {
        let assumptions = ProjectionAssumptions(
            asAt: today, wholeTimePay: base, partTimeShare: .one,
            payGrowth: PayGrowth(basis: .fixed(payGrowth), mode: .compound),
            inflation: InflationPath(actualThrough: today, assumed: inflation), promotions: [], sectionChanges: [],
            leaving: nil, retirement: retirement, factorTablesOn: today)
        let path = PayPath(assumptions: assumptions, revaluation: parameters.careRevaluation)
        return Dictionary(path.wholeTimePay(through: SchemeYear(containing: retirement)).map { ($0.year, $0.pay) },
                          uniquingKeysWith: { first, _ in first })
    }

    /// Days from `from` to `to` inclusive; none when `to` is before `from`.
    func days(from: CalendarDate, to: CalendarDate) -> Int64 {
        to < from ? 0 : Int64(from.days(until: to) + 1)
    }

    /// A Scheme year with only its pay filled in (the engine builds the balances).
    static func careYear(_ year: SchemeYear, main: Money, fiftyFifty: Money) -> CareYear {
        CareYear(schemeYear: year, mainPay: main, fiftyFiftyPay: fiftyFifty, assumedPensionablePay: .zero,
                 earnedPension: .zero, openingBalance: .zero, revaluation: .zero, revaluationRate: nil,
                 transfersIn: .zero, additionalPensionContributions: .zero, sharedCostAdditionalPension: .zero,
                 additionalRegularContributions: .zero, closingBalance: .zero, employeeContributions: .zero,
                 employerContributions: .zero)
    }
}
