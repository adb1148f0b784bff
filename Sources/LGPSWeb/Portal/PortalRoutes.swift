import Hummingbird
import LGPSStorage

/// Adds the member portal's routes: sign-in, registration and password reset open to all; everything else only
/// for a signed-in member (AC-2). Password hashing shares `limiter` with the staff sign-in (D.3).
struct PortalRoutes {
    let dependencies: WebDependencies
    let renderer: TemplateRenderer
    let configuration: WebConfiguration
    let limiter: HashLimiter

    func add(to router: Router<StaffRequestContext>) throws {
        let pages = PortalPages(dependencies: dependencies, renderer: renderer, configuration: configuration)
        let store = dependencies.keyValues
        let cookie = SessionCookie.name(secure: configuration.secureCookies)
        let authenticator = try PortalAuthenticator(accounts: dependencies.portal.accounts,
                                                    hasher: dependencies.portal.hasher, limiter: limiter)
        let devices = KnownDevice(store: store, clock: dependencies.clock, secure: configuration.secureCookies)
        let drafts = RegistrationDrafts(store: store, clock: dependencies.clock, secure: configuration.secureCookies)
        let secondFactor = SecondFactorStep(pages: pages, devices: devices, sessionStore: store, cookieName: cookie)
        PortalSignInController(pages: pages, authenticator: authenticator, devices: devices,
                               secondFactor: secondFactor).addRoutes(to: router)
        secondFactor.addRoutes(to: router)
        PasswordResetController(pages: pages, authenticator: authenticator, store: store).addRoutes(to: router)
        RegistrationIdentityStep(pages: pages, drafts: drafts).addRoutes(to: router)
        RegistrationAccountStep(pages: pages, drafts: drafts, authenticator: authenticator).addRoutes(to: router)
        RegistrationSecurityStep(pages: pages, drafts: drafts).addRoutes(to: router)
        RegistrationRecoveryStep(pages: pages, drafts: drafts, sessionStore: store, cookieName: cookie)
            .addRoutes(to: router)

        let members = router.group().add(middleware: RequireMemberMiddleware())
        PortalRecordsController(pages: pages).addRoutes(to: members)
        PortalEstimateController(pages: pages).addRoutes(to: members)
        PortalDetailsController(pages: pages).addRoutes(to: members)
        PortalEmailController(pages: pages).addRoutes(to: members)
        PortalNominationsController(pages: pages).addRoutes(to: members)
        PortalSecurityController(pages: pages, authenticator: authenticator).addRoutes(to: members)
        PortalSessionsController(pages: pages).addRoutes(to: members)
        ReauthenticateController(pages: pages, authenticator: authenticator, sessionStore: store, cookieName: cookie)
            .addRoutes(to: members)
        BankDetailsController(pages: pages).addRoutes(to: members)
        if let casework = dependencies.casework {
            PortalMessagesController(pages: pages, casework: casework).addRoutes(to: members)
            PortalDocumentsController(pages: pages, casework: casework).addRoutes(to: members)
            PortalPayrollController(pages: pages, casework: casework).addRoutes(to: members)
        }
    }
}
