import LGPSGenerate
import LGPSRules
import Testing

@Suite("Realistic shape of a 5,000-person fund")
struct ShapeTests {
    static let mainStatuses: [MemberStatus] = [.active, .deferred, .pensioner, .dependant]

    @Test("Each main status is between 20% and 35% of records", arguments: mainStatuses)
    func statusShare(_ status: MemberStatus) {
        let share = Sample.summary.percentOfRecords(status)
        #expect((20...35).contains(share), "\(status): \(share)%")
    }

    @Test("Every kind of status appears")
    func everyStatusAppears() {
        for status in MemberStatus.allCases { #expect((Sample.summary.recordsByStatus[status] ?? 0) > 0, "\(status)") }
    }

    @Test("Ages are 0–100, with actives 16–75 and pensioners 55 or over")
    func agesFitStatus() {
        for item in Sample.records {
            let person = Sample.peopleByID[item.record.personID]!
            let age = person.dateOfBirth.completedYears(on: Sample.asAt)
            #expect((0...100).contains(age))
            switch item.record.currentStatus {
            case .active: #expect((16...75).contains(age))
            case .pensioner: #expect(age >= 55)
            case .deferred, .undecidedLeaver, .deferredRefund, .councillor, .pensionCredit: #expect(age >= 16)
            default: break
            }
        }
        #expect(Sample.people.contains { $0.dateOfBirth.completedYears(on: Sample.asAt) < 16 }, "children's pensions")
        #expect(Sample.people.contains { $0.dateOfBirth.completedYears(on: Sample.asAt) >= 90 })
    }

    @Test("Between 6% and 10% of people hold more than one post, with aggregation links")
    func severalPosts() {
        let share = Sample.summary.peopleWithSeveralPosts * 1_000 / Sample.summary.people
        #expect((60...100).contains(share), "\(share)‰")
        let kinds = Set(Sample.records.flatMap(\.record.aggregationLinks).map(\.kind))
        #expect(kinds == Set(AggregationKind.allCases))
    }

    @Test("McCloud-qualifying members are present, some with recorded facts")
    func mcCloud() {
        let qualifying = Sample.records.filter { item in
            item.record.pensionableStart < CalendarDate(2012, 4, 1)
                && (item.record.leftOn.map { $0 >= CalendarDate(2014, 4, 1) } ?? true)
                && !item.careYears.isEmpty
        }
        #expect(qualifying.count > Sample.records.count / 10)
        let facts = Sample.records.flatMap(\.mcCloudFacts)
        #expect(facts.contains { $0.kind == .earlierPublicServiceMembership && !$0.evidence.isEmpty })
        #expect(facts.contains { $0.kind == .breakInMembership })
    }

    @Test("Service has 80ths, 60ths, part-time, term-time and hours changes, and breaks with reasons")
    func serviceVariety() {
        let periods = Sample.records.flatMap(\.service)
        #expect(periods.contains { $0.tranche == .pre2008Eightieths })
        #expect(periods.contains { $0.tranche == .from2008Sixtieths })
        #expect(periods.contains { $0.isPartTime && $0.contractualWeeks == nil })
        #expect(periods.contains { $0.contractualWeeks == Hundredths(3_900) && $0.wholeTimeWeeks == Hundredths(5_214) })
        #expect(Sample.records.contains { Set($0.service.map(\.contractualHours)).count > 1 })
        let reasons = Set(Sample.records.flatMap(\.breaks).map(\.reason))
        #expect(reasons.count >= 4)
        #expect(Sample.records.contains { !$0.addedYears.isEmpty })
    }

    @Test("50/50 section periods appear with 50/50 pay in the CARE account")
    func fiftyFifty() {
        #expect(Sample.records.contains { $0.record.sectionHistory.contains { $0.section == .fiftyFifty } })
        #expect(Sample.records.flatMap(\.careYears).contains { $0.fiftyFiftyPay > .zero })
    }

    @Test("CARE accounts show the 2016 negative revaluation, 2023's 10.1%, APP, transfers and purchases")
    func careVariety() {
        let years = Sample.records.flatMap(\.careYears)
        #expect(years.contains { $0.schemeYear.startYear == 2016 && $0.revaluation < .zero })
        #expect(years.contains { $0.revaluationRate == Rate(basisPoints: 1_010) })
        #expect(years.contains { $0.assumedPensionablePay > .zero })
        #expect(years.contains { $0.transfersIn > .zero })
        #expect(years.contains { $0.additionalPensionContributions > .zero })
        #expect(years.contains { $0.additionalRegularContributions > .zero })
    }

    @Test("Pay grows 2–4% a year with occasional promotions of 10–20%")
    func payGrowth() {
        var ordinary = 0
        var promotions = 0
        for item in Sample.records where item.careYears.count > 3 && item.record.sectionHistory.count == 1
            && item.breaks.isEmpty && item.service.allSatisfy({ !$0.isPartTime }) {
            let pays = item.careYears.dropFirst().dropLast().map(\.mainPay.pence)
            for (before, after) in zip(pays, pays.dropFirst()) where before > 0 && item.careYears.allSatisfy({ $0.assumedPensionablePay == .zero }) {
                let perMille = (after - before) * 1_000 / before
                if (15...45).contains(perMille) { ordinary += 1 }
                if (100...260).contains(perMille) { promotions += 1 }
            }
        }
        #expect(ordinary > 1_000)
        #expect(promotions > 30)
    }

    @Test("About one employer per 300 members, of every kind")
    func employers() throws {
        let drafts = Sample.generator.employerDrafts(fundID: 1)
        #expect(drafts.count == 16)
        #expect(Set(drafts.map(\.kind)) == Set(EmployerKind.allCases))
        #expect(drafts[0].name == "Northshire County Council")
        #expect(Set(drafts.map(\.name)).count == drafts.count)
        #expect(Set(drafts.map(\.code)).count == drafts.count)
        #expect(drafts.allSatisfy { !$0.rates.isEmpty && $0.rates.last?.to == nil })
        let small = try FundGenerator(seed: 1, members: 10)
        #expect(small.employerDrafts(fundID: 1).count == 3)
    }

    @Test("Partners, nominations and a few debits of both kinds are present")
    func partnersNominationsDebits() {
        #expect(Sample.people.contains { $0.partner != nil && $0.relationship == .civilPartnership })
        #expect(Sample.people.allSatisfy { ($0.partner != nil) == $0.relationship.hasPartner })
        #expect(Sample.nominations.count > Sample.people.count / 3)
        let debits = Sample.records.flatMap(\.debits)
        #expect(Set(debits.map(\.kind)) == Set(DebitKind.allCases))
        #expect(debits.count < Sample.records.count / 20)
    }
}
