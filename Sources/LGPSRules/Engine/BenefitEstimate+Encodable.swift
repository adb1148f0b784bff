/// JSON for `lgps calc --json` and the API: money as `{"pence", "formatted"}`, dates as `YYYY-MM-DD`, the
/// working as a list of steps.
extension BenefitEstimate: Encodable {
    enum Key: String, CodingKey {
        case recordId, calculationDate, retirementDate, ages, lines, accruedPension, accruedLumpSum, payable, death
        case underpin, warnings, steps
    }

    struct MoneyJSON: Encodable {
        var pence: Int64
        var formatted: String
        init(_ m: Money) { pence = m.pence; formatted = m.description }
    }

    struct LineJSON: Encodable { var label: String; var kind: String; var pension: MoneyJSON; var lumpSum: MoneyJSON }
    struct AgesJSON: Encodable {
        var statePensionAge, normalPensionAge, normalPensionAge2008, earliestRetirement, latestRetirement: String
    }
    struct PayableJSON: Encodable {
        var pension, lumpSum, maximumLumpSum, residualPension: MoneyJSON
        var adjustment: String
    }
    struct DeathJSON: Encodable { var deathGrant: MoneyJSON; var survivorPension: MoneyJSON?; var basis: String }
    struct UnderpinJSON: Encodable {
        var isProtected: Bool
        var reason: String
        var underpinDate: String?
        var provisionalAssumedBenefits, provisionalUnderpinAmount, provisionalGuaranteeAmount: MoneyJSON
        var finalGuaranteeAmount, survivorGuaranteeAmount: MoneyJSON
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(recordID, forKey: .recordId)
        try c.encode(calculationDate.description, forKey: .calculationDate)
        try c.encode(retirementDate.description, forKey: .retirementDate)
        try c.encode(AgesJSON(statePensionAge: ages.statePensionAge.description,
                              normalPensionAge: ages.normalPensionAge.description,
                              normalPensionAge2008: ages.normalPensionAge2008.description,
                              earliestRetirement: ages.earliestRetirement.description,
                              latestRetirement: ages.latestRetirement.description), forKey: .ages)
        try c.encode(lines.map { LineJSON(label: $0.label, kind: $0.kind.rawValue, pension: MoneyJSON($0.pension),
                                          lumpSum: MoneyJSON($0.lumpSum)) }, forKey: .lines)
        try c.encode(MoneyJSON(accruedPension), forKey: .accruedPension)
        try c.encode(MoneyJSON(accruedLumpSum), forKey: .accruedLumpSum)
        try c.encode(PayableJSON(pension: MoneyJSON(payable.pension), lumpSum: MoneyJSON(payable.lumpSum),
                                 maximumLumpSum: MoneyJSON(payable.maximumLumpSum),
                                 residualPension: MoneyJSON(payable.residualPension),
                                 adjustment: payable.adjustment), forKey: .payable)
        try c.encode(DeathJSON(deathGrant: MoneyJSON(death.deathGrant), survivorPension: death.survivorPension.map(MoneyJSON.init),
                               basis: death.basis), forKey: .death)
        try c.encode(UnderpinJSON(isProtected: underpin.isProtected, reason: underpin.reason,
                                  underpinDate: underpin.underpinDate?.description,
                                  provisionalAssumedBenefits: MoneyJSON(underpin.provisionalAssumedBenefits),
                                  provisionalUnderpinAmount: MoneyJSON(underpin.provisionalUnderpinAmount),
                                  provisionalGuaranteeAmount: MoneyJSON(underpin.provisionalGuaranteeAmount),
                                  finalGuaranteeAmount: MoneyJSON(underpin.finalGuaranteeAmount),
                                  survivorGuaranteeAmount: MoneyJSON(underpin.survivorGuaranteeAmount)), forKey: .underpin)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(steps, forKey: .steps)
    }
}
