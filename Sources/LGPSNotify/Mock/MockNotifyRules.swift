/// The checks the mock applies to a send, in Notify's words (the messages notifications-api gives for the same
/// faults), each giving the 400 `BadRequestError` message or nil.
enum MockNotifyRules {
    /// The longest email address Notify accepts (RFC 5321's 320 characters).
    static let maximumEmailLength = 320

    /// Why `address` is not an email address Notify would send to, or nil.
    static func emailProblem(_ address: String?) -> String? {
        guard let address, !address.isEmpty else { return "email_address is a required property" }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard address.count <= maximumEmailLength, parts.count == 2, !parts[0].isEmpty,
              !address.contains(where: { $0.isWhitespace }),
              parts[1].split(separator: ".", omittingEmptySubsequences: false).count >= 2,
              parts[1].split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty })
        else { return "email_address Not a valid email address" }
        return nil
    }

    /// Why `id` is not a template id, or nil.
    static func templateProblem(_ id: String?) -> String? {
        guard let id else { return "template_id is a required property" }
        return NotifyAPIKey.isUUID(id) ? nil : "template_id is not a valid UUID"
    }
}
