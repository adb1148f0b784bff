import Foundation
import Hummingbird
import LGPSPortal
import LGPSRules
import LGPSStorage
import Logging

/// `/portal-admin/settings`: the fund's portal choices (who may register, dependants' minimum age, bank details,
/// transfer value quotes, annual allowance history, key and link lifetimes, help and contact text), validated
/// (VAL-1) and saved with an audit entry (AUDIT-1).
struct PortalSettingsController {
    let pages: StaffPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal-admin/settings", use: show)
        group.post("/portal-admin/settings", use: save)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let settings = try await pages.dependencies.portal.settings(fundID: user.fundID)
        var model = PortalSettingsPage(context: context, settings: settings, typed: nil, errors: [])
        model.layout.flash = pages.takeFlash(context)
        return pages.render(model, "portal-admin-settings")
    }

    @Sendable func save(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let form = context.form
        var settings = PortalSettings.standard
        settings.registrableStatuses = form.all("registrableStatuses").compactMap(MemberStatus.init(rawValue:))
        settings.cetvStatuses = form.all("cetvStatuses").compactMap(MemberStatus.init(rawValue:))
        settings.bankDetails = BankDetailsMode(rawValue: form["bankDetails"]) ?? settings.bankDetails
        settings.showsAnnualAllowance = form["showsAnnualAllowance"] == "yes"
        settings.helpText = form["helpText"].trimmingWhitespace()
        settings.contactText = form["contactText"].trimmingWhitespace()
        var errors: [FieldError] = []
        func number(_ field: String, _ label: String) -> Int {
            if let value = Int(form[field].trimmingWhitespace()) { return value }
            errors.append(FieldError(field: field, message: "Enter \(label) as a whole number"))
            return 0
        }
        func rate(_ field: String, _ label: String) -> Rate {
            let text = form[field].trimmingWhitespace()
            if let value = Rate(percent: text.hasSuffix("%") ? String(text.dropLast()) : text) { return value }
            errors.append(FieldError(field: field, message: "Enter \(label) as a percentage, like 2.5"))
            return .init(.zero)
        }
        settings.estimatePayGrowth = rate("estimatePayGrowth", "pay growth")
        settings.estimateInflation = rate("estimateInflation", "inflation")
        settings.dependantMinimumAge = number("dependantMinimumAge", "the minimum age")
        settings.postalKeyLifetimeDays = number("postalKeyLifetimeDays", "the number of days")
        settings.emailLinkLifetimeMinutes = number("emailLinkLifetimeMinutes", "the number of minutes")
        let known = Set(errors.map(\.field))
        errors += settings.validated().filter { !known.contains($0.field) }
            .map { FieldError(field: $0.field, message: $0.message) }
        guard errors.isEmpty else {
            let model = PortalSettingsPage(context: context, settings: settings, typed: form, errors: errors)
            return pages.render(model, "portal-admin-settings", status: .unprocessableContent)
        }
        let json = String(decoding: try JSONEncoder().encode(settings), as: UTF8.self)
        try await pages.dependencies.portal.settings.save(fundID: user.fundID, json: json, actor: pages.actor(user))
        pages.setFlash("Portal settings saved", context)
        return HTML.redirect(to: "/portal-admin/settings")
    }
}
