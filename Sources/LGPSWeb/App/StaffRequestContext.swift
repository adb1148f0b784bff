import Hummingbird
import HummingbirdAuth
import LGPSStorage

/// Per-request state: the session, the signed-in staff user or portal member, and the parsed form of a POST.
public struct StaffRequestContext: SessionRequestContext, RequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The server-side session, loaded by `SessionMiddleware`.
    public let sessions: SessionContext<StaffSession>
    /// The signed-in staff user, when there is one and the session is still valid.
    public var staff: StaffUser?
    /// The signed-in portal member, when there is one and the session is still valid.
    public var member: PortalMember?
    /// Set when a session was ended by the idle or absolute timeout on this request.
    public var sessionTimedOut = false
    /// Fields of a POSTed form, after the CSRF check.
    public var form = FormFields()
    /// The parts of a `multipart/form-data` upload, after the CSRF check (upload routes only).
    var upload: MultipartForm?
    /// The client's IP address from the connection ("unknown" when there is none, as in router tests); used for
    /// throttling (AUTH-8) and logs (LOG-2). No forwarded header is trusted.
    public let clientAddress: String

    /// Creates the context for a request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Forms are small; refuse larger bodies (413). The upload route alone allows more (`CSRFMiddleware`).
    public var maxUploadSize: Int { 64 * 1024 }
}
