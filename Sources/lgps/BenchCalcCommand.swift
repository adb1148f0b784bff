import ArgumentParser
import Foundation
import LGPSRules
import LGPSStorage

/// `lgps bench calc [--records N] [--sqlite PATH]`: loads members' own records (not dependants or pension
/// credits, which have no membership to calculate) from a generated fund into memory, then runs
/// the full-member calculation (benefits at the as-at date and at normal pension age, with the working) on one
/// core and reports calculations per second twice: with the working recorded, and figures only (the mode the
/// bulk statement run uses; the same figures, checked by `EngineOnGeneratedFundTests`).
struct BenchCalcCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "calc",
                                                    abstract: "Report full-member calculations per second on one core.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var parameterOptions: ParameterOptions
    @Option(help: "Records to load and calculate.") var records = 20_000
    @Option(help: "Times to repeat the whole set.") var rounds = 3
    @Option(name: .customLong("as-at"), help: "Calculation date.") var asAt = "2026-03-31"

    func run() async throws {
        guard let date = CalendarDate(asAt) else { throw ValidationError("--as-at must be a date as YYYY-MM-DD") }
        let calculator = MemberCalculator(parameters: try parameterOptions.load())
        let location = database.sqlitePath == nil && ProcessInfo.processInfo.environment["DATABASE_URL"] == nil
            ? DatabaseLocation.sqlite(path: BenchCommand.defaultPath) : database.location()
        let db = try await Database.open(location, logger: commandLogger())
        var members: [(MemberRecord, MemberFacts)] = []
        do {
            guard let fund = try await db.repositories.funds.all().first else {
                throw ValidationError("The database has no fund: run lgps bench generate first")
            }
            var after: Int64 = 0
            while members.count < records {
                let ids = try await db.repositories.records.ids(fundID: fund.id, after: after, limit: 500)
                guard let last = ids.last else { break }
                after = last
                for id in ids where members.count < records {
                    guard let member = try await db.repositories.records.get(fundID: fund.id, id: id),
                          member.record.currentStatus?.isEntitlementOnly != true,
                          let person = try await db.repositories.people.get(fundID: fund.id, id: member.record.personID)
                    else { continue }
                    members.append((member, MemberFacts(person: person)))
                }
            }
            try await db.shutdown()
        } catch {
            try? await db.shutdown()
            throw error
        }
        let explained = measure(members, calculator: calculator, on: date, explained: true)
        let figures = measure(members, calculator: calculator, on: date, explained: false)
        for (reason, count) in explained.failures.sorted(by: { $0.value > $1.value }).prefix(5) {
            print("Not calculated (\(count.grouped)): \(reason)")
        }
        print(explained.line(label: "with the working (\(explained.steps) steps each on average)"))
        print(figures.line(label: "figures only, as the statement run calculates"))
    }

    /// Calculates every member `rounds` times, explained or figures only, and times it.
    func measure(_ members: [(MemberRecord, MemberFacts)], calculator: MemberCalculator, on date: CalendarDate,
                 explained: Bool) -> BenchCalcResult {
        var result = BenchCalcResult()
        let started = ContinuousClock.now
        for _ in 0..<rounds {
            for (member, facts) in members {
                do {
                    let estimate = try calculator.estimate(member, facts: facts, calculationDate: date, retirementDate: nil,
                                                           explained: explained)
                    result.stepTotal += estimate.steps.count
                    result.calculated += 1
                } catch {
                    result.failures[String(describing: error).prefix(60).description, default: 0] += 1
                }
            }
        }
        result.seconds = (ContinuousClock.now - started).seconds
        return result
    }
}

/// What one timed pass of `lgps bench calc` found.
struct BenchCalcResult {
    var calculated = 0
    var failures: [String: Int] = [:]
    var stepTotal = 0
    var seconds = 0.0

    var steps: Int { stepTotal / max(calculated, 1) }

    func line(label: String) -> String {
        let failed = failures.values.reduce(0, +)
        let rate = Int(Double(calculated + failed) / max(seconds, 1e-9))
        return "\(calculated.grouped) full-member calculations (\(failed.grouped) not calculated), \(label), in "
            + String(format: "%.2f", seconds) + " s on one core: \(rate.grouped) calculations/s"
    }
}
