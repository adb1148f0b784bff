import Foundation
import LGPSRules

/// `lgps parameters check`: validates every file (dates, references, units, tables, flags) and lists stale
/// series and DERIVED/UNVERIFIED values. `today` is an argument: the library reads no clock.
public struct ParameterCheck: Sendable {
    /// Directories checked in order, bundled first unless excluded.
    public var directories: [URL]

    /// A check of the bundled files (unless `includingBundled` is false) followed by `fundDirectories`.
    public init(fundDirectories: [URL] = [], includingBundled: Bool = true) {
        directories = (includingBundled ? [ParameterLoader.bundledDirectory] : []) + fundDirectories
    }

    /// Runs every check; stale series are those whose `last_value_still_valid_on` is before `today`.
    public func run(today: CalendarDate) -> ParameterCheckReport {
        let reading = ParameterReading(directories: directories)
        let outcome = SchemeParametersAssembler.assemble(reading)
        let base = directories.first?.path ?? ""
        let missing = outcome.missing.map { ParameterProblem(file: base + "/" + $0 + ".yaml", message: "is missing") }
        let series = reading.infos
        let flagged = series.flatMap { info in
            info.entries.filter { $0.verification != .verified }.map { FlaggedValue(path: info.path, entry: $0) }
        }
        var seen = Set<ParameterProblem>()
        let problems = (reading.problems + outcome.problems + missing).filter { seen.insert($0).inserted }
            .enumerated().sorted { ($0.element.file, $0.element.line ?? 0, $0.offset) < ($1.element.file, $1.element.line ?? 0, $1.offset) }
            .map(\.element)
        return ParameterCheckReport(today: today, problems: problems,
                                    stale: series.filter { $0.isStale(on: today) }, flagged: flagged,
                                    series: series)
    }
}

/// A DERIVED or UNVERIFIED value, with the series it belongs to.
public struct FlaggedValue: Sendable, Hashable {
    /// The series path, such as `care/revaluation`.
    public var path: String
    /// The flagged value with its note.
    public var entry: ParameterEntryInfo
}
