import LGPSRules

extension DashboardValues {
    /// The values in the shape of the dashboards view data (interfaces.md D2): `benefitIllustrations` with one
    /// illustration date and its components (`AP` accrued, `ERI` projected; a `DB` recurring income and any
    /// `DBL` lump sum each), plus `pensionType`, `retirementDate`, `calculationDate` and `statementIssuedOn`.
    /// Keys sorted, amounts in pounds to the penny: the same values give the same bytes.
    /// - Standard: PDP data standards / MoneyHelper view data types (interfaces.md D2): amountType `INC` for a
    ///   recurring income, `CSH` for a lump sum; `increasing` true (pensions increase applies).
    public var json: String {
        var top: [(key: String, value: DashboardJSON)] = [
            ("pensionType", .string(pensionType)),
            ("calculationDate", .string(calculationDate.description)),
            ("statementIssuedOn", .string(statementIssuedOn.description)),
        ]
        if let retirementDate { top.append(("retirementDate", .string(retirementDate.description))) }
        let components = components(accrued, type: Self.accruedIllustration) + components(projected, type: Self.projectedIllustration)
        top.append(("benefitIllustrations", .array(components.isEmpty ? [] : [.object([
            ("illustrationDate", .string(illustrationDate.description)),
            ("illustrationComponents", .array(components)),
        ])])))
        return DashboardJSON.object(top).text
    }

    /// The pension and lump sum components of one illustration.
    private func components(_ amounts: DashboardAmounts?, type: String) -> [DashboardJSON] {
        guard let amounts else { return [] }
        let date = DashboardJSON.string(amounts.payableDate.description)
        var result: [DashboardJSON] = [.object([
            ("illustrationType", .string(type)), ("benefitType", .string(benefitType)),
            ("calculationMethod", .string(calculationMethod)),
            ("payableDetails", .object([("amountType", .string(Self.recurringIncome)),
                                        ("annualAmount", .money(amounts.annualPension)),
                                        ("monthlyAmount", .money(amounts.monthlyPension)), ("payableDate", date),
                                        ("increasing", .bool(true))])),
        ])]
        if let lumpSum = amounts.lumpSum {
            result.append(.object([
                ("illustrationType", .string(type)), ("benefitType", .string(Self.definedBenefitLumpSum)),
                ("calculationMethod", .string(calculationMethod)),
                ("payableDetails", .object([("amountType", .string(Self.lumpSumCash)), ("amount", .money(lumpSum)),
                                            ("payableDate", date)])),
            ]))
        }
        return result
    }
}
