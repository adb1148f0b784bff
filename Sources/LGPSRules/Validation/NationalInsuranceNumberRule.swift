/// Validates a National Insurance number typed on a form. Blank is allowed (some dependants and pension credit
/// members have none) and gives `nil`; otherwise the number must pass `NationalInsuranceNumber.parse`
/// (HMRC NIM39110), and the message is the matching `NationalInsuranceNumber.Problem.message`.
public func validateNationalInsuranceNumber(_ raw: String,
                                            field: String = "nationalInsuranceNumber")
    -> Validated<NationalInsuranceNumber?> {
    let text = raw.trimmingWhitespace()
    if text.isEmpty { return .valid(nil) }
    switch NationalInsuranceNumber.parse(text) {
    case .success(let number): return .valid(number)
    case .failure(let problem): return .invalid([FieldError(field: field, message: problem.message)])
    }
}
