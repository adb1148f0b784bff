/// The early retirement reduction for benefits drawn on `retirementDate` before `normalPensionDate`.
///
/// The table is the one in force on the retirement date (sex-specific when it has a female column). Time early
/// is whole years (the completed years from the retirement date to NPA) plus the remaining days; a part year is
/// applied by the table's `partYearMethod`: `.linearByDays` goes in a straight line from the whole-year factor
/// to the next one by days/365 (UNVERIFIED as GAD's method; flagged in the step note). Asking for more years
/// than the table has is `ParameterError.missing`.
/// - Legislation: SI 2013/2356 reg. 30(5) (reduction in accordance with actuarial guidance); GAD early
///   retirement guidance.
public func earlyRetirementReduction(retirementDate: CalendarDate, normalPensionDate: CalendarDate, sex: Sex,
                                     tables: DatedSeries<EarlyRetirementTable>) throws(ParameterError)
    -> Calculation<RetirementFactor> {
    var working = Working()
    guard retirementDate < normalPensionDate else {
        working.record(CalculationStep(title: "No early retirement reduction", result: .flag(false),
                                       regulation: "SI 2013/2356 reg. 30(5)"))
        return working.result(.none)
    }
    let entry = try tables.entry(on: retirementDate)
    let table = entry.value
    let years = retirementDate.completedYears(on: normalPensionDate)
    let days = retirementDate.adding(years: years).days(until: normalPensionDate)
    let part = Fraction(Int64(days), 365)
    let pensionColumn = sex == .female ? (table.pensionReductionFemale ?? table.pensionReduction) : table.pensionReduction
    func interpolate(_ column: [Rate], _ label: String) throws(ParameterError) -> Fraction {
        let needed = days == 0 ? years : years + 1
        guard needed < column.count else {
            throw .missing(parameter: "\(tables.name) \(label) for \(needed) years early")
        }
        let low = column[years].fraction
        return days == 0 ? low : low + (column[years + 1].fraction - low) * part
    }
    let pension = try interpolate(pensionColumn, "pension")
    working.record(CalculationStep(title: "Pension reduction for \(years) years \(days) days early",
                                   inputs: [.init("Retirement", .date(retirementDate)), .init("Normal pension age", .date(normalPensionDate)),
                                            .init("Sex", .text(sex.label))],
                                   result: .rate(Rate(pension)),
                                   parameter: ParameterUse(tables, entry, shown: .text("\(years) years: \(pensionColumn[years])")),
                                   regulation: "SI 2013/2356 reg. 30(5)",
                                   note: "Part year in a straight line by days/365 (UNVERIFIED as GAD's method)."))
    var lump = Fraction.zero
    if (days == 0 ? years : years + 1) >= table.lumpSumReduction.count {
        working.record(CalculationStep(title: "No lump sum factor this far before normal pension age",
                                       result: .flag(false), regulation: "SI 2013/2356 reg. 30(5)",
                                       note: "Factor left at 1: only the pre-2008 automatic lump sum is reduced, and its NPA is 65."))
    } else {
        lump = try interpolate(table.lumpSumReduction, "lump sum")
        working.record(CalculationStep(title: "Automatic lump sum reduction", result: .rate(Rate(lump)),
                                       parameter: ParameterUse(tables, entry, shown: .text("\(years) years: \(table.lumpSumReduction[years])")),
                                       regulation: "SI 2013/2356 reg. 30(5)",
                                       note: "Part year in a straight line by days/365 (UNVERIFIED as GAD's method)."))
    }
    return working.result(RetirementFactor(pension: .one - pension, lumpSum: .one - lump))
}
