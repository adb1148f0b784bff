/// Who may use a route (AUTH-17, AC-2).
public enum RoutePolicy: String, Sendable, CaseIterable {
    /// Anyone, signed in or not: health, metrics (counts only, no personal data), the stylesheet, the OpenAPI
    /// document, the sign-in, sign-out, registration start and password reset forms.
    case open
    /// A staff user between their password and their second factor; otherwise back to `/login`.
    case staffSigningIn
    /// A member between their password and their second factor; otherwise back to `/portal/sign-in`.
    case memberSigningIn
    /// A member part-way through registering (a registration draft); otherwise back to `/portal/register`.
    case registering
    /// A signed-in member of staff (both factors), pages: anyone else is sent to `/login`.
    case staff
    /// A signed-in member of staff, JSON API: anyone else gets 401 problem+json.
    case staffAPI
    /// A signed-in portal member (both factors): anyone else is sent to `/portal/sign-in`.
    case member
    /// GOV.UK Notify's delivery-status callback: the fund's bearer token, compared in constant time; anyone else
    /// gets 401. Served only when the token is configured.
    case providerCallback
}
