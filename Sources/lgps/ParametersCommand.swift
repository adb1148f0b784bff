import ArgumentParser
import Foundation
import LGPSParameters
import LGPSRules

/// `lgps parameters check [--dir DIR]... [--today YYYY-MM-DD]`: validates the bundled and fund parameter files.
struct ParametersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parameters", abstract: "Dated, cited parameter files.",
                                                    subcommands: [Check.self])

    /// `lgps parameters check`: prints problems, stale series and DERIVED/UNVERIFIED values; exits 1 on problems.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every parameter file; list stale series and DERIVED or UNVERIFIED values.")
        @Option(name: .customLong("dir"), help: "A fund parameter directory read after the bundled files (repeatable).")
        var directories: [String] = []
        @Option(help: "The date stale series are judged against (YYYY-MM-DD); defaults to today in London.")
        var today: String?

        func run() throws {
            guard let date = today.map({ CalendarDate($0) }) ?? .some(Self.londonToday()) else {
                throw ValidationError("--today must be a date written YYYY-MM-DD")
            }
            let report = ParameterCheck(fundDirectories: directories.map { URL(fileURLWithPath: $0) }).run(today: date)
            print(report.text, terminator: "")
            if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
        }

        /// The command reads the clock; the library never does.
        static func londonToday() -> CalendarDate {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return CalendarDate(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        }
    }
}
