import Testing
import LGPSRules
import LGPSParameters

@Suite("Pensions increase from 2001 (Royal Greenwich previous increases table)")
struct PensionsIncreaseHistoryTests {
    @Test("A deferred pension from leaving in May 2005 carries every order from April 2006 to April 2025")
    func deferredFrom2005() throws {
        let series = try ParameterLoader().load().scheme.pensionsIncrease
        let result = increaseForPensions(pension: Money(pence: 100_000), startedOn: CalendarDate(2005, 5, 31),
                                         to: CalendarDate(2025, 5, 1), pensionsIncrease: series)
        let orders = result.steps.compactMap(\.parameter).map(\.effective)
        #expect(orders.first == CalendarDate(2006, 4, 10))
        #expect(orders.count == 20)   // 2006 to 2025 inclusive
        #expect(orders.contains(CalendarDate(2010, 4, 12)))   // the 0% year still counts as an order
        #expect(result.sumOfAddends == result.value)
        #expect(!result.steps.contains { $0.title.contains("not held") })
        // £1,000.00 with 11/12 of the 2006 order (31 May 2005 to 10 April 2006, part months whole), then each
        // order in full, compounding, each increase rounded to the penny (worked independently): £1,789.49.
        #expect(result.value == Money(pence: 178_949))
    }

    @Test("A pension that started before April 2000 says earlier increases are not included")
    func beforeTheSeries() throws {
        let series = try ParameterLoader().load().scheme.pensionsIncrease
        let result = increaseForPensions(pension: Money(pence: 100_000), startedOn: CalendarDate(1998, 7, 1),
                                         to: CalendarDate(2002, 5, 1), pensionsIncrease: series)
        #expect(result.steps.contains { $0.title == "Pensions increase orders before 9 April 2001 are not held" })
        #expect(result.sumOfAddends == result.value)
    }
}
