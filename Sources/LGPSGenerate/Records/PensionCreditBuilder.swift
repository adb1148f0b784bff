import LGPSRules

/// The pension credit of a generated pension credit member: credited on the day their status began (the transfer
/// day), with an annual amount in the same range as the pension sharing debits the generator makes
/// (`DebitBuilder`), in whole pounds. The debited member is not one of the generated records, so no debited
/// member reference is recorded.
/// - Legislation: Welfare Reform and Pensions Act 1999 s. 29.
enum PensionCreditBuilder {
    /// Lowest and highest annual pension credited, in pounds.
    static let annualPounds = 300...6_000

    static func credit(transferDay: Int, rng: inout SplitMix64) -> PensionCredit {
        PensionCredit(annualAmount: Money(pounds: Int64(rng.int(annualPounds))),
                      transferDay: CalendarDate(dayNumber: transferDay))
    }
}
