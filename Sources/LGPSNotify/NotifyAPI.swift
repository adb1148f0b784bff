/// The calls OpenLGPS makes to GOV.UK Notify (interfaces.md D3). Never throws: every failure is classified in
/// the ``NotifyResult`` so the sender decides what to do with it.
public protocol NotifyAPI: Sendable {
    /// `POST /v2/notifications/email`.
    func sendEmail(_ request: EmailRequest) async -> NotifyResult<SentNotification>
    /// `POST /v2/notifications/letter` (for a postal fallback; the service must be live).
    func sendLetter(_ request: LetterRequest) async -> NotifyResult<SentNotification>
    /// `GET /v2/notifications/{id}` (Notify keeps messages for 7 days).
    func notification(id: String) async -> NotifyResult<NotificationReport>
}
