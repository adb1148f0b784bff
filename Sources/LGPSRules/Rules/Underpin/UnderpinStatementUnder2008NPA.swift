/// Part 2A estimates for a protected member under the 2008 Scheme NPA on 31 March: provisional figures as if
/// 31 March were the underpin date; estimated final assumed benefits at NPA with no pensions increase or
/// revaluation (and no factor, as taken at NPA); estimated final underpin amount at NPA with no pensions increase
/// after 31 March but with the late retirement increase from 65 to the 2014 Scheme NPA on current factors;
/// estimated final guarantee amount; estimated survivor guarantee amount = 49/160 × the provisional difference.
/// - Legislation: seed 001 Part 2A ("Members protected by the underpin and under 2008 Scheme NPA on 31 March");
///   seed 003 para. 104 and Annex B reg. 89(5); SI 2014/525 regs. 4A–4U as inserted by SI 2023/972
public func underpinStatementEstimatesUnder2008NPA(
    statementDate: CalendarDate, assumed: ProvisionalAssumedBenefitsInput, underpin: ProvisionalUnderpinAmountInput,
    lateRetirementIncreaseFrom2008NPA: Fraction, parameters: SchemeParameters
) throws(ParameterError) -> Calculation<UnderpinStatementEstimates> {
    var working = Working()
    let provisionalAssumed = working.includeAsWorking(try provisionalAssumedBenefits(assumed, parameters: parameters))
    let provisionalUnderpin = working.includeAsWorking(
        try provisionalUnderpinAmount(underpin, underpinDate: statementDate, parameters: parameters))
    let final = working.includeAsWorking(finalGuaranteeAmount(FinalUnderpinInput(
        provisionalAssumedBenefits: provisionalAssumed, provisionalUnderpinAmount: provisionalUnderpin,
        underpinAgeAdjustment: lateRetirementIncreaseFrom2008NPA)))
    let provisionalGuarantee = working.includeAsWorking(provisionalGuaranteeAmount(
        provisionalUnderpinAmount: provisionalUnderpin, provisionalAssumedBenefits: provisionalAssumed))
    let survivor = working.includeAsWorking(try survivorGuaranteeAmount(
        provisionalGuaranteeAmount: provisionalGuarantee, on: statementDate, terms: parameters.underpin))
    return working.result(UnderpinStatementEstimates(
        position: .under2008NormalPensionAge, statementDate: statementDate,
        estimatedProvisionalAssumedBenefits: provisionalAssumed, estimatedProvisionalUnderpinAmount: provisionalUnderpin,
        estimatedFinalAssumedBenefits: final.finalAssumedBenefits, estimatedFinalUnderpinAmount: final.finalUnderpinAmount,
        estimatedFinalGuaranteeAmount: final.finalGuaranteeAmount, estimatedSurvivorGuaranteeAmount: survivor.amount))
}
