import LGPSRules

extension StatementExtractor {
    /// The final salary membership lines of either set of supporting data, in years and days: 80ths and 60ths
    /// service, the added years bought and the total, by the engine's final-salary membership rule, so the lines
    /// add up to the membership the 80ths and 60ths pensions are worked on. Under "Projection to NPA – supporting
    /// data" the membership is counted to the projection's date; final salary membership ended on 31 March 2014,
    /// so only an added years contract still being paid could change it: the engine counts every contract's
    /// whole purchase from the start (`AddedYearsContract.daysPurchased`), but splits an open contract between
    /// 80ths and 60ths by its days to the date counted (`addedYearsMembership`, an UNVERIFIED method).
    /// - Legislation: SI 1997/1612 regs. 11, 55; SI 2007/1166 regs. 4–5 (via `finalSalaryMembership`); LGA guide
    ///   Part 2 Table 1, both sets of supporting data [seed 001].
    func membership(_ member: MemberRecord, on date: CalendarDate, section: StatementSection,
                    into row: inout ExtractRow) {
        guard !member.service.isEmpty || !member.addedYears.isEmpty,
              let terms = try? calculator.parameters.finalSalary.value(on: date) else { return }
        let served = finalSalaryMembership(service: member.service, breaks: member.breaks, addedYears: [], to: date,
                                           terms: terms).value
        let added = member.addedYears.map { addedYearsMembership($0, to: date, terms: terms).value }
        let added80 = added.reduce(Fraction.zero) { $0 + $1.eightiethsDays }
        let added60 = added.reduce(Fraction.zero) { $0 + $1.sixtiethsDays }
        let years = { (days: Fraction) in ExtractFormat.membership(days, daysPerYear: terms.daysPerYear) }
        row.set("80ths service", section, years(served.eightiethsDays))
        row.set("Added years purchased (80ths)", section, added80 == .zero ? nil : years(added80))
        row.set("60ths service", section, years(served.sixtiethsDays))
        row.set("Added years purchased (60ths)", section, added60 == .zero ? nil : years(added60))
        row.set("Total FS service", section, years(served.eightiethsDays + served.sixtiethsDays + added80 + added60))
    }
}
