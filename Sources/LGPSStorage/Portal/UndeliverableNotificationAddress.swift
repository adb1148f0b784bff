/// An email address that GOV.UK Notify reported as not working (`permanent-failure`), kept so staff can see it
/// on the person's page and ask the member for another (interfaces.md D3: "remove it from your database").
public struct UndeliverableNotificationAddress: Hashable, Sendable, Codable {
    public var fundID: Int64
    /// The address as it was written on the notification.
    public var email: String
    /// The person the failed notification was for, when known.
    public var personID: Int64?
    /// The notification whose delivery failed.
    public var notificationID: Int64
    /// Notify's status text, for the record.
    public var reason: String
    public var reportedAt: Timestamp

    public init(fundID: Int64, email: String, personID: Int64?, notificationID: Int64, reason: String,
                reportedAt: Timestamp) {
        self.fundID = fundID
        self.email = email
        self.personID = personID
        self.notificationID = notificationID
        self.reason = reason
        self.reportedAt = reportedAt
    }
}
