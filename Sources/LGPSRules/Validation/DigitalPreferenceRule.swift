/// Longest evidence note accepted for a communication preference.
public let maximumEvidenceLength = 200

/// Validates a change to the member's choice of online or paper communications. The choice must be `online` or
/// `paper` ("Select online or paper") and the evidence for it given ("Enter how the member told us their
/// preference"), as funds must be able to show why a member gets paper or digital post (AUDIT-3).
/// When neither choice nor evidence changed, the original date is kept; otherwise the change is dated `today`.
public func validateDigitalPreference(choice: String, evidence: String, current: DigitalPreference,
                                      today: CalendarDate) -> Validated<DigitalPreference> {
    var errors: [FieldError] = []
    let parsedChoice = DigitalChoice(rawValue: choice.trimmingWhitespace())
    if parsedChoice == nil {
        errors.append(FieldError(field: "digitalChoice", message: "Select online or paper"))
    }
    let text = validateText(evidence, field: "digitalEvidence", label: "Evidence",
                            requiredMessage: "Enter how the member told us their preference",
                            maximumLength: maximumEvidenceLength)
    errors += text.errors
    guard errors.isEmpty, let parsedChoice, let evidenceText = text.value else { return .invalid(errors) }
    if parsedChoice == current.choice && evidenceText == current.evidence { return .valid(current) }
    return .valid(DigitalPreference(choice: parsedChoice, recordedOn: today, evidence: evidenceText))
}
