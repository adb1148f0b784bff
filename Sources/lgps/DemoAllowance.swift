import LGPSRules
import LGPSStatementRun
import LGPSStorage

/// The demo fund's annual allowance history: the last few complete tax years published the first time the demo
/// runs (as `lgps allowance publish` would), so demo members see it on their records.
struct DemoAllowance {
    let database: Database
    let parameters: SchemeParameters
    /// Complete tax years published.
    static let years = 3

    /// Publishes the years not yet published for the demo's main fund.
    func publishIfMissing() async throws {
        guard let fund = try await database.repositories.funds.all().first else { return }
        let latest = TaxYear(containing: database.clock.today()).startYear - 1
        let publisher = AnnualAllowancePublisher(database: database, parameters: parameters, clock: database.clock,
                                                 actor: .system("lgps demo"))
        for start in (latest - Self.years + 1)...latest {
            let year = TaxYear(startYear: start)
            guard try await database.repositories.annualAllowance.count(fundID: fund.id, taxYear: year) == 0 else { continue }
            print("Publishing annual allowance figures for \(year)...")
            _ = try await publisher.publish(fundID: fund.id, taxYear: year)
        }
    }
}
