import Hummingbird
import HummingbirdAuth
import LGPSRules
import LGPSStorage

/// What every member portal handler needs: the repositories, the templates and the settings, and the checks that
/// keep a member to their own records (AC-3).
struct PortalPages: Sendable {
    let dependencies: WebDependencies
    let renderer: TemplateRenderer
    let configuration: WebConfiguration

    var portal: PortalServices { dependencies.portal }
    var clock: any WallClock { dependencies.clock }

    /// The signed-in member (guaranteed by `RequireMemberMiddleware` on these routes).
    func member(_ context: StaffRequestContext) throws -> PortalMember {
        guard let member = context.member else { throw WebError.unauthenticated }
        return member
    }

    /// The member's own record `id`, or 404 for anyone else's (AC-3, AC-6) — logged (AC-7).
    func ownRecord(_ id: Int64, of member: PortalMember, _ context: StaffRequestContext) async throws -> MemberRecord {
        guard let record = try await dependencies.records.get(fundID: member.fundID, id: id),
              record.record.personID == member.person.id else {
            context.logger.notice("Refused access to a record the member does not hold", metadata: [
                "event": "security.authorization.refused", "account_id": "\(member.account.id)",
                "entity": "pension_record", "entity_id": "\(id)",
            ])
            throw WebError.notFound
        }
        return record
    }

    /// The path parameter `name` as an id; anything else is simply not found.
    func id(_ name: String, _ context: StaffRequestContext) throws -> Int64 {
        guard let id = context.parameters.get(name, as: Int64.self), id > 0 else { throw WebError.notFound }
        return id
    }

    /// The one-off success message, removed from the session once read.
    func takeFlash(_ context: StaffRequestContext) -> String? {
        context.sessions.withLockedSession { data -> String? in
            guard let flash = data?.flash else { return nil }
            data?.flash = nil
            return flash
        }
    }

    /// Leaves a success message for the next page.
    func setFlash(_ message: String, _ context: StaffRequestContext) {
        context.sessions.withLockedSession { $0?.flash = message }
    }

    /// Renders `template` with `model` as an HTML response.
    func render(_ model: Any, _ template: String, status: HTTPResponse.Status = .ok) -> Response {
        HTML.page(renderer.render(model, template), status: status)
    }

    /// Makes sure the browser has a session to carry the CSRF token of a form shown before sign-in.
    func ensureSession(_ context: StaffRequestContext) {
        if context.sessions.session == nil {
            context.sessions.createSession(StaffSession(userID: nil, now: clock.now()))
        }
    }
}
