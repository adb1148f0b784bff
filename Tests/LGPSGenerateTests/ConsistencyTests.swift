import LGPSGenerate
import LGPSRules
import Testing

@Suite("Generated records are consistent with their dates")
struct ConsistencyTests {
    static let april2008 = CalendarDate(2008, 4, 1)
    static let april2014 = CalendarDate(2014, 4, 1)

    @Test("Service periods lie within pensionable start and leaving date, in the tranche their dates belong to")
    func serviceWithinDates() {
        for item in Sample.records {
            let record = item.record
            let end = record.leftOn ?? Sample.asAt
            var previous: CalendarDate?
            for period in item.service {
                #expect(period.from <= period.to)
                #expect(period.from >= record.pensionableStart && period.to <= end)
                #expect(period.to < Self.april2014)
                if period.tranche == .pre2008Eightieths { #expect(period.to < Self.april2008) }
                else { #expect(period.from >= Self.april2008) }
                if let previous { #expect(period.from > previous) }
                previous = period.to
            }
            for gap in item.breaks {
                #expect(gap.from <= gap.to && gap.from > record.pensionableStart && gap.to < end)
                #expect(!item.service.contains { $0.from <= gap.to && gap.from <= $0.to }, "service counted in a break")
            }
        }
    }

    @Test("Members joined at 16 or later")
    func joinedAtSixteenOrLater() {
        for item in Sample.membershipRecords {
            let person = Sample.peopleByID[item.record.personID]!
            #expect(person.dateOfBirth.adding(years: 16) <= item.record.pensionableStart)
        }
    }

    @Test("CARE years run from 2014/15 to the year of leaving, opening balance the previous closing, each balanced")
    func careYearsBalance() {
        for item in Sample.records where !item.careYears.isEmpty {
            let end = item.record.leftOn ?? Sample.asAt
            #expect(item.careYears[0].schemeYear.startYear >= 2014)
            #expect(item.careYears[0].openingBalance == .zero)
            #expect(item.careYears[0].schemeYear.contains(max(item.record.pensionableStart, Self.april2014)))
            #expect(item.careYears.last!.schemeYear.contains(end))
            var previous: CareYear?
            for year in item.careYears {
                #expect(year.isBalanced)
                #expect(year.schemeYear.start <= end)
                let earned = Money.rounding(year.mainPay.exactly(times: Fraction(1, 49))
                                            + year.fiftyFiftyPay.exactly(times: Fraction(1, 98)), .nearestPennyHalfUp)
                #expect(year.earnedPension == earned)
                #expect(year.assumedPensionablePay <= year.mainPay + year.fiftyFiftyPay)
                if let previous {
                    #expect(year.schemeYear == previous.schemeYear.next)
                    #expect(year.openingBalance == previous.closingBalance)
                }
                previous = year
            }
        }
    }

    @Test("Contributions follow the bands: between 5.5% and 12.5% of main pay, half for 50/50 pay")
    func contributionsInBandRange() {
        for year in Sample.records.flatMap(\.careYears) where year.fiftyFiftyPay == .zero && year.mainPay.pence > 10_000 {
            let perTenThousand = year.employeeContributions.pence * 10_000 / year.mainPay.pence
            #expect((549...1_251).contains(perTenThousand))
            #expect(year.employerContributions > .zero)
        }
    }

    @Test("Status periods are contiguous and ordered, the last open, starting at the pensionable start")
    func statusHistoryContiguous() {
        for item in Sample.records {
            let history = item.record.statusHistory
            #expect(!history.isEmpty)
            #expect(history.first?.from == item.record.pensionableStart)
            #expect(history.last?.to == nil)
            for (earlier, later) in zip(history, history.dropFirst()) {
                #expect(earlier.to.map { $0.adding(days: 1) == later.from } ?? false)
                #expect(earlier.from <= earlier.to!)
            }
            if let left = item.record.leftOn { #expect(history[0].to == left) }
            if history.count > 1 { #expect(history.last!.status == .pensioner || history.count == 2) }
        }
    }

    @Test("Section periods are contiguous and cover the CARE membership")
    func sectionHistoryContiguous() {
        for item in Sample.records where !item.careYears.isEmpty {
            let sections = item.record.sectionHistory
            #expect(sections.first?.from == max(item.record.pensionableStart, Self.april2014))
            #expect(sections.last?.to == item.record.leftOn)
            for (earlier, later) in zip(sections, sections.dropFirst()) {
                #expect(earlier.to.map { $0.adding(days: 1) == later.from } ?? false)
                #expect(earlier.section != later.section)
            }
        }
    }

    @Test("Aggregation links point to another record of the same person")
    func linksStayWithThePerson() {
        let owners = Dictionary(uniqueKeysWithValues: Sample.records.map { ($0.record.id, $0.record.personID) })
        for item in Sample.records {
            for link in item.record.aggregationLinks {
                #expect(link.otherRecordID != item.record.id)
                #expect(owners[link.otherRecordID] == item.record.personID)
                #expect(link.on <= Sample.asAt)
            }
        }
    }

    @Test("Added years contracts start before April 2008, within membership")
    func addedYearsBeforeApril2008() {
        for item in Sample.records {
            for contract in item.addedYears {
                #expect(contract.startedOn < Self.april2008 && contract.startedOn > item.record.pensionableStart)
            }
        }
    }
}
