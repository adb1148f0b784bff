import LGPSRules

/// Builds one `MemberRecord`: a membership (service, breaks, added years, CARE account, statuses, sections,
/// debits, McCloud facts) or an entitlement (dependant's pension, with dates only, or pension credit, with its
/// amount and transfer day).
enum RecordGenerator {
    /// Identity of a record within the run.
    struct Identity {
        let id: Int64
        let personID: Int64
        let personIndex: Int
        let post: Int
        let employerIndex: Int
    }

    /// The first Scheme year of the career average scheme.
    static let careStartYear = 2014

    static let councillor = JobTitle(title: "Councillor", salary2025: 14_500, termTime: false)

    static func membership(_ identity: Identity, dates: PostDates, birth: Int, links: [AggregationLink],
                           aggregatedGap: (from: Int, to: Int)?, context: GenerationContext,
                           rng: inout SplitMix64) -> MemberRecord {
        let employer = context.catalogue.drafts[identity.employerIndex]
        let isCouncillor = dates.activeStatus == .councillor
        let job = isCouncillor ? councillor : rng.pick(JobTitles.list(for: context.catalogue.classes[identity.employerIndex]))
        let end = dates.end(asAt: context.asAt)
        let pattern = isCouncillor
            ? WorkPattern(segments: [WorkSegment(from: dates.start, to: end, hours: WorkPattern.wholeTimeHours, weeks: nil)], breaks: [])
            : WorkPattern.draw(start: dates.start, end: end, termTimeJob: job.termTime, rng: &rng)
        let spells = SectionHistoryBuilder.spells(start: dates.start, end: end, rng: &rng)
        let endYear = Day.schemeYear(containing: end)
        let pay = PayHistory.draw(job: job, startYear: Day.schemeYear(containing: dates.start), endYear: endYear,
                                  keepFrom: min(careStartYear, endYear - FinalPayBuilder.years + 1), rng: &rng)
        var careYears: [CareYear] = []
        if end >= Day.april2014 {
            let breakYears = pattern.breaks.filter { $0.from >= Day.april2014 }.map { Day.schemeYear(containing: $0.from) }
            let extras = CareExtras.draw(firstYear: max(pay.firstYear, careStartYear), lastYear: endYear,
                                         startedBefore2014: dates.start < Day.april2014, breakYears: breakYears, rng: &rng)
            careYears = CareHistoryBuilder.years(segments: pattern.segments, spells: spells, pay: pay, start: dates.start,
                                                 end: end, employerRates: employer.rates, extras: extras)
        }
        let record = PensionRecord(
            id: identity.id, fundID: context.fundID, personID: identity.personID,
            memberNumber: Identifiers.memberNumber(personIndex: identity.personIndex, post: identity.post),
            payrollReference: Identifiers.payrollReference(personIndex: identity.personIndex, post: identity.post,
                                                           seed: context.seed),
            employerID: context.employerIDs[identity.employerIndex], jobTitle: job.title,
            pensionableStart: CalendarDate(dayNumber: dates.start), leftOn: dates.leftOn.map { CalendarDate(dayNumber: $0) },
            statusHistory: StatusHistoryBuilder.periods(for: dates),
            sectionHistory: SectionHistoryBuilder.periods(spells, stillActive: dates.leftOn == nil),
            aggregationLinks: links)
        let breaks = pattern.breaks.map {
            ServiceBreak(from: CalendarDate(dayNumber: $0.from), to: CalendarDate(dayNumber: $0.to), reason: $0.reason)
        }
        let highEarner = (pay.salaries.last ?? 0) >= 6_000_000
        return MemberRecord(record: record, service: ServiceHistoryBuilder.periods(from: pattern.segments), breaks: breaks,
                            addedYears: AddedYearsBuilder.contracts(dates: dates, asAt: context.asAt, rng: &rng),
                            careYears: careYears,
                            debits: DebitBuilder.debits(dates: dates, asAt: context.asAt, highEarner: highEarner, rng: &rng),
                            mcCloudFacts: McCloudBuilder.facts(dates: dates, birth: birth, asAt: context.asAt,
                                                               aggregatedGap: aggregatedGap, rng: &rng),
                            finalPay: FinalPayBuilder.years(start: dates.start, end: end, pay: pay))
    }

    /// A dependant's pension or a pension credit: dates only, and for a pension credit its amount and transfer day.
    static func entitlement(_ identity: Identity, status: MemberStatus, from: Int, title: String,
                            context: GenerationContext, rng: inout SplitMix64) -> MemberRecord {
        let record = PensionRecord(
            id: identity.id, fundID: context.fundID, personID: identity.personID,
            memberNumber: Identifiers.memberNumber(personIndex: identity.personIndex, post: identity.post),
            payrollReference: Identifiers.payrollReference(personIndex: identity.personIndex, post: identity.post,
                                                           seed: context.seed),
            employerID: context.employerIDs[identity.employerIndex], jobTitle: title,
            pensionableStart: CalendarDate(dayNumber: from), leftOn: nil,
            statusHistory: StatusHistoryBuilder.entitlement(status, from: from), sectionHistory: [], aggregationLinks: [])
        let credit = status == .pensionCredit ? PensionCreditBuilder.credit(transferDay: from, rng: &rng) : nil
        return MemberRecord(record: record, service: [], breaks: [], addedYears: [], careYears: [], debits: [],
                            mcCloudFacts: [], pensionCredit: credit)
    }
}
