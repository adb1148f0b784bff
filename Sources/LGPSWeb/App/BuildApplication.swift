import Hummingbird
import HummingbirdAuth
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

/// The router: operations routes, sign-in, staff pages and the JSON API, behind logging, metrics, security
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

    router.add(middleware: SessionMiddleware(
        storage: driver,
        configuration: .init(sessionCookieParameters: SessionCookie.parameters(secure: configuration.secureCookies),
                             keyPrefix: SessionCookie.keyPrefix,
                             defaultSessionExpiration: configuration.sessionIdleTimeout)))
    router.add(middleware: SessionLoaderMiddleware(staff: dependencies.staff, clock: dependencies.clock,
                                                   idleTimeout: configuration.sessionIdleTimeout,
                                                   absoluteTimeout: configuration.sessionAbsoluteTimeout))
    router.add(middleware: CSRFMiddleware())
    LoginController(authenticator: StaffAuthenticator(staff: dependencies.staff, configuration: configuration),
                    renderer: renderer, clock: dependencies.clock, sessionStore: dependencies.keyValues,
                    cookieName: SessionCookie.name(secure: configuration.secureCookies),
                    absoluteTimeout: configuration.sessionAbsoluteTimeout).addRoutes(to: router)

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
    api.addRoutes(to: router.group("/api/v1").add(middleware: RequireStaffMiddleware(api: true)))
    return router
}
