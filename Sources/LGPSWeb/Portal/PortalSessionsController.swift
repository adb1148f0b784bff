import Hummingbird
import LGPSStorage

/// SESS-5 on `/portal/security`: a member signs out one of their other sessions, or all of them. Another
/// member's session id, or one already ended, is simply not found (AC-3).
struct PortalSessionsController {
    let pages: PortalPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.post("/portal/security/sessions/others/end", use: endOthers)
        group.post("/portal/security/sessions/{session}/end", use: endOne)
    }

    @Sendable func endOne(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        guard let id = context.parameters.get("session"), id != context.sessions.session?.portalSessionID,
              try await pages.portal.sessions.end(id: id, accountID: member.account.id, reason: .endedElsewhere,
                                                  at: pages.clock.now())
        else { throw WebError.notFound }
        log(context, member: member, ended: 1)
        pages.setFlash("You have signed out of that device", context)
        return HTML.redirect(to: "/portal/security#sessions")
    }

    @Sendable func endOthers(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let ended = try await pages.portal.sessions.endAll(
            accountID: member.account.id, keeping: context.sessions.session?.portalSessionID, reason: .endedElsewhere,
            at: pages.clock.now())
        log(context, member: member, ended: ended)
        pages.setFlash(ended == 1 ? "You have signed out of 1 other device"
                       : "You have signed out of \(ended) other devices", context)
        return HTML.redirect(to: "/portal/security#sessions")
    }

    private func log(_ context: StaffRequestContext, member: PortalMember, ended: Int) {
        context.logger.info("Member ended other sessions", metadata: [
            "event": "portal.session.ended", "account_id": "\(member.account.id)", "ended": "\(ended)",
        ])
    }
}
