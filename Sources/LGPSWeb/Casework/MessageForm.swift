import Foundation
import LGPSRules
import LGPSStorage

/// The member's new-message form: which record, a subject and the message (VAL-1 lengths), checked against
/// the member's own records so a forged record id is refused (AC-3).
struct MessageForm {
    static let subjectLimit = 100
    static let bodyLimit = 2_000

    var recordID = ""
    var subject = ""
    var body = ""

    /// The errors, in the order of the fields on the page.
    func errors(ownRecords: [RecordSummary]) -> [FieldError] {
        var errors: [FieldError] = []
        if let error = Self.recordError(recordID, ownRecords: ownRecords) { errors.append(error) }
        let subject = self.subject.trimmingCharacters(in: .whitespacesAndNewlines)
        if subject.isEmpty {
            errors.append(FieldError(field: "subject", message: "Enter a subject"))
        } else if subject.count > Self.subjectLimit {
            errors.append(FieldError(field: "subject", message: "Subject must be \(Self.subjectLimit) characters or fewer"))
        }
        if let error = Self.bodyError(body, field: "body") { errors.append(error) }
        return errors
    }

    /// The record chosen, if it is one of the member's own.
    static func recordError(_ value: String, ownRecords: [RecordSummary]) -> FieldError? {
        guard let id = Int64(value), ownRecords.contains(where: { $0.recordID == id }) else {
            return FieldError(field: "recordID", message: "Select which pension this is about")
        }
        return nil
    }

    /// A message body: present and at most ``bodyLimit`` characters.
    static func bodyError(_ value: String, field: String) -> FieldError? {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return FieldError(field: field, message: "Enter your message") }
        if text.count > bodyLimit { return FieldError(field: field, message: "Message must be \(bodyLimit) characters or fewer") }
        return nil
    }
}
