import Hummingbird
import HummingbirdAuth
import LGPSNotify
import Logging

/// Builds the staff web application: the router with every route and middleware, listening where `configuration`
/// says, running `dependencies.services` (the database) alongside so they shut down after the server.
/// The `lgps` executable calls this and then `runService()`; tests call it and use `app.test(.router)`.
public func buildApplication(configuration: WebConfiguration,
                             dependencies: WebDependencies) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(configuration: configuration, dependencies: dependencies)
    return Application(router: router,
                       configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                            serverName: nil),
                       services: dependencies.services,
                       logger: dependencies.logger)
}

/// The router: operations routes, sign-in, the member portal, staff pages and the JSON API, behind logging, metrics, security
/// headers, error pages, sessions and the CSRF check, in that order.
public func buildRouter(configuration: WebConfiguration,
                        dependencies: WebDependencies) async throws -> Router<StaffRequestContext> {
    let renderer = try TemplateRenderer.load(overrideDirectory: configuration.templateOverrideDirectory)
    let stylesheet = try WebResources.contents(of: configuration.templateOverrideDirectory
        .map { $0 + "/app.css" }.flatMap { WebResources.exists($0) ? $0 : nil } ?? WebResources.stylesheetPath)
    let openAPI = try WebResources.contents(of: WebResources.openAPIPath)
    let pages = StaffPages(dependencies: dependencies, renderer: renderer, configuration: configuration)
    let driver = KeyValuePersistDriver(store: dependencies.keyValues, clock: dependencies.clock,
                                       defaultLifetime: configuration.sessionIdleTimeout)

    let router = Router(context: StaffRequestContext.self)
    router.add(middleware: RequestLoggingMiddleware())
    router.add(middleware: RequestMetricsMiddleware(registry: dependencies.metrics))
    router.add(middleware: SecurityHeadersMiddleware(secure: configuration.secureCookies))
    router.add(middleware: ErrorMiddleware(renderer: renderer))
    OperationsController(dependencies: dependencies, stylesheet: stylesheet).addRoutes(to: router)
    let api = APIController(pages: pages, openAPIDocument: openAPI)
    api.addPublicRoutes(to: router)
    // Before sessions and the CSRF check: Notify signs in with its bearer token, not a cookie.
    if let token = dependencies.notifyCallbackToken {
        DeliveryCallbackController(token: token, recorder: DeliveryRecorder(
            outbox: dependencies.portal.notifications, clock: dependencies.clock, logger: dependencies.logger,
            fallback: dependencies.casework.map { PostalFallback(casework: $0.tasks) }))
            .addRoutes(to: router)
    }

    router.add(middleware: SessionMiddleware(
        storage: driver,
        configuration: .init(sessionCookieParameters: SessionCookie.parameters(secure: configuration.secureCookies),
                             keyPrefix: SessionCookie.keyPrefix,
                             defaultSessionExpiration: configuration.sessionIdleTimeout)))
    router.add(middleware: SessionLoaderMiddleware(
        staff: dependencies.staff,
        members: MemberLoader(accounts: dependencies.portal.accounts, people: dependencies.people,
                              sessions: dependencies.portal.sessions),
        clock: dependencies.clock, idleTimeout: configuration.sessionIdleTimeout,
        absoluteTimeout: configuration.sessionAbsoluteTimeout,
        memberAbsoluteTimeout: configuration.memberSessionAbsoluteTimeout))
    router.add(middleware: CSRFMiddleware())
    let limiter = HashLimiter(slots: configuration.maximumConcurrentHashes,
                              maximumWaiting: configuration.maximumConcurrentHashes * WebConfiguration.hashQueuePerSlot,
                              maximumWait: WebConfiguration.hashQueueWait)
    try PortalRoutes(dependencies: dependencies, renderer: renderer, configuration: configuration, limiter: limiter)
        .add(to: router)
    let staffCodes = StaffSecondFactorController(
        staff: dependencies.staff, renderer: renderer, clock: dependencies.clock, cipher: dependencies.portal.cipher,
        sessionStore: dependencies.keyValues, cookieName: SessionCookie.name(secure: configuration.secureCookies),
        throttle: dependencies.portal.throttle)
    staffCodes.addRoutes(to: router)
    LoginController(authenticator: StaffAuthenticator(staff: dependencies.staff, configuration: configuration,
                                                      limiter: limiter),
                    renderer: renderer, clock: dependencies.clock, sessionStore: dependencies.keyValues,
                    cookieName: SessionCookie.name(secure: configuration.secureCookies),
                    absoluteTimeout: configuration.sessionAbsoluteTimeout, secondFactor: staffCodes).addRoutes(to: router)

    let staffPages = router.group().add(middleware: RequireStaffMiddleware(api: false))
    SearchController(pages: pages).addRoutes(to: staffPages)
    PersonController(pages: pages).addRoutes(to: staffPages)
    RecordController(pages: pages).addRoutes(to: staffPages)
    CalculationController(pages: pages).addRoutes(to: staffPages)
    StatementRunsController(pages: pages).addRoutes(to: staffPages)
    RecordStatementsController(pages: pages).addRoutes(to: staffPages)
    PersonEditController(pages: pages).addRoutes(to: staffPages)
    NominationsEditController(pages: pages).addRoutes(to: staffPages)
    RecordEditController(pages: pages).addRoutes(to: staffPages)
    DebitNewController(pages: pages).addRoutes(to: staffPages)
    PortalAdminController(pages: pages).addRoutes(to: staffPages)
    PortalSettingsController(pages: pages).addRoutes(to: staffPages)
    if let casework = dependencies.casework {
        WorkQueueController(pages: pages, casework: casework).addRoutes(to: staffPages)
        WorkQueueBankDetailsController(pages: pages, casework: casework).addRoutes(to: staffPages)
        RecordPayrollController(pages: pages, casework: casework).addRoutes(to: staffPages)
        RecordPayrollUploadController(pages: pages, casework: casework).addRoutes(to: staffPages)
    }
    api.addRoutes(to: router.group("/api/v1").add(middleware: RequireStaffMiddleware(api: true)))
    return router
}
