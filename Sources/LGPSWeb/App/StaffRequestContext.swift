import Hummingbird
import HummingbirdAuth
import LGPSStorage

/// Per-request state: the session, the signed-in staff user and the parsed form of a POST.
public struct StaffRequestContext: SessionRequestContext, RequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The server-side session, loaded by `SessionMiddleware`.
    public let sessions: SessionContext<StaffSession>
    /// The signed-in staff user, when there is one and the session is still valid.
    public var staff: StaffUser?
    /// Set when a session was ended by the idle or absolute timeout on this request.
    public var sessionTimedOut = false
    /// Fields of a POSTed form, after the CSRF check.
    public var form = FormFields()

    /// Creates the context for a request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
    }

    /// Forms are small; refuse larger bodies (413).
    public var maxUploadSize: Int { 64 * 1024 }
}
