extension DescribedMember {
    /// The first day of the 2014 Scheme (career average) and the last day of final-salary membership.
    static let careStart = CalendarDate(2014, 4, 1)
    static let sixtiethsStart = CalendarDate(2008, 4, 1)

    /// The member as a `MemberRecord` known to `asAt`: final-salary service periods split at 1 April 2008 and
    /// ending 31 March 2014, CARE pay by Scheme year split by section (balances left for the engine to build),
    /// whole-time final pay for the last three years, and a McCloud fact when earlier service is declared.
    /// Days are counted inclusively; pay in a part year is pro rata by days (rounded to the penny).
    public func memberRecord(asAt: CalendarDate, id: Int64 = 0) -> MemberRecord {
        let end = min(left ?? asAt, asAt)
        var status = [StatusPeriod(status: .active, from: joined, to: left.map { min($0, end) })]
        if let left, left <= asAt { status.append(StatusPeriod(status: .deferred, from: left.adding(days: 1), to: nil)) }
        let record = PensionRecord(id: id, fundID: 0, personID: 0, memberNumber: "SCENARIO", payrollReference: "",
                                   employerID: 0, jobTitle: "Described member", pensionableStart: joined,
                                   leftOn: left.flatMap { $0 <= asAt ? $0 : nil }, statusHistory: status,
                                   sectionHistory: sections, aggregationLinks: [])
        var facts: [McCloudFact] = []
        if earlierPublicServiceBefore2012 {
            facts.append(McCloudFact(kind: .earlierPublicServiceMembership, from: joined.adding(years: -1),
                                     to: joined.adding(days: -1), detail: "Declared in the scenario",
                                     evidence: "Scenario file"))
        }
        return MemberRecord(record: record, service: servicePeriods(to: end), breaks: [], addedYears: [],
                            careYears: careYears(to: end), debits: [], mcCloudFacts: facts,
                            finalPay: finalPay(to: end))
    }

    func servicePeriods(to end: CalendarDate) -> [ServicePeriod] {
        let last = min(end, Self.careStart.adding(days: -1))
        guard joined <= last else { return [] }
        var cuts = hours.map(\.from).filter { $0 > joined && $0 <= last }
        if Self.sixtiethsStart > joined && Self.sixtiethsStart <= last { cuts.append(Self.sixtiethsStart) }
        cuts = Array(Set(cuts)).sorted()
        var result: [ServicePeriod] = []
        var from = joined
        for cut in cuts + [last.adding(days: 1)] {
            let h = hours(on: from)
            result.append(ServicePeriod(from: from, to: cut.adding(days: -1), contractualHours: h?.contractual ?? Hundredths(0),
                                        wholeTimeHours: h?.wholeTime ?? Hundredths(1), contractualWeeks: h?.weeks,
                                        wholeTimeWeeks: h?.wholeTimeWeeks,
                                        tranche: from < Self.sixtiethsStart ? .pre2008Eightieths : .from2008Sixtieths))
            from = cut
        }
        return result
    }

    func careYears(to end: CalendarDate) -> [CareYear] {
        let start = max(joined, Self.careStart)
        guard start <= end else { return [] }
        var result: [CareYear] = []
        var year = SchemeYear(containing: start)
        while year.start <= end {
            var main = Fraction.zero
            var fifty = Fraction.zero
            let wholeTime = pay(for: year.startYear).exact
            var day = max(year.start, start)
            let last = min(year.end, end)
            while day <= last {
                let share = (hours(on: day)?.share ?? .zero) * wholeTime / Fraction(Int64(year.length))
                if section(on: day) == .main { main = main + share } else { fifty = fifty + share }
                day = day.adding(days: 1)
            }
            let m = Money.rounding(main, .nearestPennyHalfUp)
            let f = Money.rounding(fifty, .nearestPennyHalfUp)
            result.append(CareYear(schemeYear: year, mainPay: m, fiftyFiftyPay: f, assumedPensionablePay: .zero,
                                   earnedPension: .zero, openingBalance: .zero, revaluation: .zero,
                                   revaluationRate: nil, transfersIn: .zero, additionalPensionContributions: .zero,
                                   sharedCostAdditionalPension: .zero, additionalRegularContributions: .zero,
                                   closingBalance: .zero, employeeContributions: .zero, employerContributions: .zero))
            year = year.next
        }
        return result
    }

    func finalPay(to end: CalendarDate) -> [FinalPayYear] {
        guard joined < Self.careStart else { return [] }
        return (0..<3).reversed().compactMap { back in
            let ending = end.adding(years: -back)
            guard ending.adding(years: -1) >= joined.adding(days: -1) || back == 0 else { return nil }
            return FinalPayYear(yearEnding: ending, wholeTimePay: pay(for: SchemeYear(containing: ending).startYear))
        }
    }
}
