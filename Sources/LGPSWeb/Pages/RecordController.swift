import Hummingbird
import LGPSStorage

/// `/records/{id}`: a whole pension record in the signed-in user's fund.
struct RecordController {
    let pages: StaffPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/records/{id}", use: show)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let member = try await pages.record(try pages.id("id", context), for: user, context)
        let record = member.record
        let dependencies = pages.dependencies
        async let employer = dependencies.employers.get(fundID: user.fundID, id: record.employerID)
        async let person = dependencies.people.get(fundID: user.fundID, id: record.personID)
        async let history = dependencies.audit.history(fundID: user.fundID, entity: "pension_record",
                                                      entityID: record.id, limit: PersonController.historyLimit)
        var model = try await RecordPage(context: context, member: member,
                                         employerName: employer?.name ?? "Unknown employer",
                                         personName: person?.fullName ?? "Unknown member", history: history,
                                         flash: pages.takeFlash(context))
        if let payroll = dependencies.casework?.payroll {
            model.payroll = PortalPayrollController.lines(
                try await payroll.list(fundID: user.fundID, personID: record.personID), recordID: record.id,
                pathPrefix: "/records")
            model.hasPayroll = !model.payroll.isEmpty
        }
        model.allowance = AllowanceLine.lines(
            try await dependencies.portal.annualAllowance.history(fundID: user.fundID, recordID: record.id))
        model.hasAllowance = !model.allowance.isEmpty
        return pages.render(model, "record")
    }
}
