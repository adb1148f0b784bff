import Hummingbird
import LGPSRules
import LGPSStorage

/// `/records/{id}/calculate`: the record's benefits today, at normal pension age and at a date the officer
/// chooses (a GET form, so the page can be bookmarked and needs no JavaScript).
struct CalculationController {
    let pages: StaffPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/records/{id}/calculate", use: show)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let user = try pages.user(context)
        let member = try await pages.record(try pages.id("id", context), for: user, context)
        let person = try await pages.person(member.record.personID, for: user, context)
        let query = request.uri.queryParameters
        let day = query["date-day"].map(String.init) ?? ""
        let month = query["date-month"].map(String.init) ?? ""
        let year = query["date-year"].map(String.init) ?? ""
        let today = pages.dependencies.clock.today()
        var errors: ErrorSummary?
        var chosen: CalendarDate?
        switch validateDateInput(day: day, month: month, year: year, field: "date", label: "Retirement date",
                                 required: false) {
        case .valid(let date): chosen = date
        case .invalid(let problems): errors = ErrorSummary(problems, dateFields: ["date"])
        }
        let columns = CalculationColumns.build(member: member, facts: MemberFacts(person: person), today: today,
                                               chosen: chosen, parameters: pages.dependencies.parameters)
        let model = CalculationPage(
            context: context, recordID: member.record.id,
            caption: "\(person.fullName), \(member.record.jobTitle)",
            date: DateField(id: "date", legend: "Retirement date (optional)",
                            hint: "Benefits built up to this date and paid from it, for example 14 5 2031",
                            day: day, month: month, year: year, errors: errors),
            errors: errors, columns: columns)
        return pages.render(model, "calculation", status: errors == nil ? .ok : .unprocessableContent)
    }
}

/// The three columns of the calculation page.
enum CalculationColumns {
    static func build(member: MemberRecord, facts: MemberFacts, today: CalendarDate, chosen: CalendarDate?,
                      parameters: Result<SchemeParameters, any Error>) -> [CalculationPage.Column] {
        let calculator: MemberCalculator
        switch parameters {
        case .success(let loaded): calculator = MemberCalculator(parameters: loaded)
        case .failure(let error):
            return [CalculationPage.failed(id: "today", heading: "Benefits today", "Parameters could not be loaded: \(error)")]
        }
        func column(_ id: String, _ heading: String, _ work: () throws -> BenefitEstimate) -> CalculationPage.Column {
            do { return CalculationPage.column(id: id, heading: heading, try work()) } catch {
                return CalculationPage.failed(id: id, heading: heading, "This could not be calculated: \(error)")
            }
        }
        var columns = [
            column("today", "Benefits today") {
                try calculator.estimate(member, facts: facts, calculationDate: today, retirementDate: nil,
                                        accruedOnly: true)
            },
            column("npa", "At normal pension age") {
                try calculator.estimateAtNormalPensionAge(member, facts: facts, from: today)
            },
        ]
        if let chosen {
            columns.append(column("chosen", "Retiring on \(chosen.longUK)") {
                try calculator.estimate(member, facts: facts, calculationDate: chosen, retirementDate: chosen)
            })
        }
        return columns
    }
}
