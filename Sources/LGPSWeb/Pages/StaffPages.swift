import Hummingbird
import HummingbirdAuth
import LGPSRules
import LGPSStorage

/// What every staff page handler needs: the repositories, the templates and the settings.
struct StaffPages: Sendable {
    let dependencies: WebDependencies
    let renderer: TemplateRenderer
    let configuration: WebConfiguration

    /// The signed-in user (guaranteed by `RequireStaffMiddleware` on these routes).
    func user(_ context: StaffRequestContext) throws -> StaffUser {
        guard let user = context.staff else { throw WebError.unauthenticated }
        return user
    }

    /// Who to record in the audit trail for this user's edits.
    func actor(_ user: StaffUser) -> Actor { Actor(id: "staff:\(user.id)", channel: .staff) }

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

    /// The path parameter `name` as an id; anything else is simply not found.
    func id(_ name: String, _ context: StaffRequestContext) throws -> Int64 {
        guard let id = context.parameters.get(name, as: Int64.self), id > 0 else { throw WebError.notFound }
        return id
    }

    /// Logs a refused object-level access (AC-7): the id asked for is not in the user's fund, or does not exist.
    func logNotFound(_ user: StaffUser, entity: String, id: Int64, _ context: StaffRequestContext) {
        context.logger.notice("Refused access to an object outside the user's fund or missing", metadata: [
            "event": "security.authorization.refused", "user_id": "\(user.id)", "fund_id": "\(user.fundID)",
            "entity": "\(entity)", "entity_id": "\(id)",
        ])
    }

    /// The person in the user's fund, or 404 (AC-3, AC-6).
    func person(_ id: Int64, for user: StaffUser, _ context: StaffRequestContext) async throws -> Person {
        guard let person = try await dependencies.people.get(fundID: user.fundID, id: id) else {
            logNotFound(user, entity: "person", id: id, context)
            throw WebError.notFound
        }
        return person
    }

    /// The record in the user's fund, or 404 (AC-3, AC-6).
    func record(_ id: Int64, for user: StaffUser, _ context: StaffRequestContext) async throws -> MemberRecord {
        guard let record = try await dependencies.records.get(fundID: user.fundID, id: id) else {
            logNotFound(user, entity: "pension_record", id: id, context)
            throw WebError.notFound
        }
        return record
    }

    /// Renders `template` with `model` as an HTML response.
    func render(_ model: Any, _ template: String, status: HTTPResponse.Status = .ok) -> Response {
        HTML.page(renderer.render(model, template), status: status)
    }
}
