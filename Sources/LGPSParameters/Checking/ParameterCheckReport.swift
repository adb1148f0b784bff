import LGPSRules

/// The result of `ParameterCheck`: problems (errors), stale series (warnings), flagged values, and the text
/// the command prints.
public struct ParameterCheckReport: Sendable {
    public var today: CalendarDate
    public var problems: [ParameterProblem]
    public var stale: [ParameterSeriesInfo]
    public var flagged: [FlaggedValue]
    public var series: [ParameterSeriesInfo]

    /// 1 when there are problems, 0 otherwise (stale series are only a warning).
    public var exitStatus: Int32 { problems.isEmpty ? 0 : 1 }

    /// The report as printed: problems as `path:line: message`, then the stale and flagged lists, then a summary.
    public var text: String {
        var lines: [String] = []
        if !problems.isEmpty {
            lines.append("Problems (\(problems.count)):")
            lines += problems.map { "  \($0)" }
        }
        if !stale.isEmpty {
            lines.append("Stale series: last value not known to hold on \(today) (\(stale.count)):")
            lines += stale.map { "  \($0.path): last value still valid on \($0.lastValueStillValidOn?.description ?? "(not stated)")" }
        }
        if !flagged.isEmpty {
            lines.append("DERIVED or UNVERIFIED values (\(flagged.count)):")
            lines += flagged.map { "  \($0.path) \($0.entry.label): \($0.entry.verification.rawValue): \($0.entry.note ?? "")" }
        }
        lines.append("Checked \(series.count) series: \(problems.count) problems, \(stale.count) stale, "
                     + "\(flagged.count) flagged.")
        return lines.joined(separator: "\n") + "\n"
    }
}
