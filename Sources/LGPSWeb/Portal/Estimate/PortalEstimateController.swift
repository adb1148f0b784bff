import Hummingbird
import LGPSRules
import LGPSStorage

/// `/portal/records/{id}/estimate`: the member's estimate modeller (a GET form, so an estimate can be bookmarked
/// and needs no JavaScript). Benefits at a date from 55 to 75 come from `MemberCalculator` on the record carried
/// forward by `RecordProjection`; the lump sum trade-off from `commutationForLumpSum`. Another member's record
/// id answers 404 and is logged (AC-3, AC-7).
struct PortalEstimateController {
    let pages: PortalPages

    func addRoutes(to group: RouterGroup<StaffRequestContext>) {
        group.get("/portal/records/{id}/estimate", use: show)
    }

    @Sendable func show(request: Request, context: StaffRequestContext) async throws -> Response {
        let member = try pages.member(context)
        let record = try await pages.ownRecord(try pages.id("id", context), of: member, context)
        let settings = try await pages.portal.settings(fundID: member.fundID)
        let status = record.record.currentStatus
        let showsCETV = status.map { settings.cetvStatuses.contains($0) } ?? false
        let kind = Self.kind(record)
        let form = EstimateForm(query: request.uri.queryParameters)
        let current = record.record.sectionHistory.last?.section ?? .main
        func page(_ choices: EstimateForm.Choices?, _ errors: [FieldError], _ result: EstimateResult?,
                  failure: String? = nil) -> Response {
            let summary = ErrorSummary(errors, dateFields: ["date"])
            let model = PortalEstimatePage(context: context, record: record, kind: kind, form: form, choices: choices,
                                           section: choices?.section ?? Section(rawValue: form.section) ?? current,
                                           errors: summary, result: result, showsCETV: showsCETV, defaults: settings,
                                           failure: failure)
            return pages.render(model, "portal-estimate", status: summary == nil ? .ok : .unprocessableContent)
        }
        guard kind == .active || kind == .deferred else { return page(nil, [], nil) }
        let parameters: SchemeParameters
        switch pages.dependencies.parameters {
        case .success(let loaded): parameters = loaded
        case .failure: return page(nil, [], nil, failure: "Estimates are not available at the moment. Try again later.")
        }
        let today = pages.clock.today()
        let facts = MemberFacts(person: member.person)
        let ages = try parameters.pensionAges.value(on: today)
        let (checked, errors) = form.validated(
            currentSection: current, today: today,
            earliest: facts.dateOfBirth.adding(years: ages.earliestVoluntaryRetirement),
            latest: facts.dateOfBirth.adding(years: ages.latestRetirement), defaults: settings)
        guard form.isSubmitted, let choices = checked else { return page(nil, form.isSubmitted ? errors : [], nil) }
        let projection = RecordProjection(today: today, retirement: choices.retirement, payGrowth: choices.payGrowth,
                                          inflation: choices.inflation, futureSection: choices.section)
        do {
            let projected = projection.parameters(parameters)
            let estimate = try MemberCalculator(parameters: projected).estimate(
                projection.record(record, parameters: projected), facts: facts,
                calculationDate: choices.retirement, retirementDate: choices.retirement)
            let most = EstimateResult.mostByCommutation(estimate)
            let tooMuch = choices.lumpSum > most
            let result = try EstimateResult(estimate, choices: choices, isActive: kind == .active, today: today,
                                            lumpSum: tooMuch ? nil : choices.lumpSum,
                                            commutation: projected.commutation)
            let lumpError = FieldError(field: "lumpSum", message: "Lump sum must be \(most) or less, the most you can "
                                       + "take on \(choices.retirement.longUK)")
            return page(choices, tooMuch ? [lumpError] : [], result)
        } catch {
            context.logger.notice("Portal estimate could not be worked out", metadata: [
                "event": "portal.estimate.failed", "entity_id": "\(record.record.id)", "error": "\(error)"])
            return page(choices, [], nil, failure: "We could not work out an estimate for that date. Contact us and "
                        + "we will work it out for you.")
        }
    }

    /// What the page can offer for the record's status.
    static func kind(_ record: MemberRecord) -> PortalEstimatePage.Kind {
        switch record.record.currentStatus {
        case .active?, .councillor?: return record.record.leftOn == nil ? .active : .deferred
        case .deferred?: return .deferred
        case .pensioner?: return .pensioner
        default: return .unavailable
        }
    }
}
