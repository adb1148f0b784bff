import LGPSRules

/// Errors a handler throws; `ErrorMiddleware` turns them into an HTML page or problem+json (VAL-9: no stack
/// traces, no SQL, generic wording).
enum WebError: Error, Equatable {
    /// The thing asked for does not exist in the signed-in user's fund (AC-3, AC-6: another fund's id is 404).
    case notFound
    /// A form arrived without the session's anti-CSRF token (SESS-9).
    case csrfRefused
    /// Not signed in (API routes answer 401).
    case unauthenticated
    /// Too many password checks at once; try again shortly.
    case overloaded
    /// A query parameter is malformed (API: 400 with the field errors).
    case badRequest([FieldError])
}
