import Testing
import LGPSRules

@Suite("Scheme years and tax years")
struct SchemeYearTests {
    @Test("A Scheme year runs 1 April to 31 March (SI 2013/2356 Sch. 1)")
    func schemeYearBounds() {
        let year = SchemeYear(startYear: 2024)
        #expect(year.start == CalendarDate(2024, 4, 1))
        #expect(year.end == CalendarDate(2025, 3, 31))
        #expect(year.description == "2024/25")
        #expect(year.length == 365)
        #expect(SchemeYear(startYear: 2023).length == 366)
        #expect(SchemeYear(startYear: 2099).description == "2099/00")
    }

    @Test("31 March belongs to the Scheme year that began the April before; 1 April starts a new one")
    func containing() {
        #expect(SchemeYear(containing: CalendarDate(2025, 3, 31)) == SchemeYear(startYear: 2024))
        #expect(SchemeYear(containing: CalendarDate(2025, 4, 1)) == SchemeYear(startYear: 2025))
        #expect(SchemeYear(containing: CalendarDate(2025, 1, 1)).contains(CalendarDate(2024, 4, 1)))
        #expect(SchemeYear(startYear: 2024).next == SchemeYear(startYear: 2025))
        #expect(SchemeYear(startYear: 2024).previous.start == CalendarDate(2023, 4, 1))
    }

    @Test("Every day from 2000 to 2040 is in exactly one Scheme year and one tax year")
    func everyDayInOneYear() {
        var date = CalendarDate(2000, 1, 1)
        while date < CalendarDate(2040, 1, 1) {
            let scheme = SchemeYear(containing: date)
            #expect(scheme.contains(date) && !scheme.next.contains(date) && !scheme.previous.contains(date))
            let tax = TaxYear(containing: date)
            #expect(tax.contains(date) && !TaxYear(startYear: tax.startYear + 1).contains(date))
            date = date.adding(days: 1)
        }
    }

    @Test("A tax year runs 6 April to 5 April")
    func taxYear() {
        #expect(TaxYear(containing: CalendarDate(2025, 4, 5)) == TaxYear(startYear: 2024))
        #expect(TaxYear(containing: CalendarDate(2025, 4, 6)) == TaxYear(startYear: 2025))
        #expect(TaxYear(startYear: 2024).end == CalendarDate(2025, 4, 5))
        #expect(TaxYear(startYear: 2024).description == "2024-25")
    }
}
