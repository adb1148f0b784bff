import LGPSRules

/// The result of `ParameterCheck`: problems (errors), stale series (warnings), flagged values, and the text
/// the command prints.
public struct ParameterCheckReport: Sendable {
    /// The date stale series were judged against.
    public var today: CalendarDate
    /// Every problem, sorted by file and line, without repeats.
    public var problems: [ParameterProblem]
    /// Series whose last value is not known to hold on `today`.
    public var stale: [ParameterSeriesInfo]
    /// Every DERIVED or UNVERIFIED value.
    public var flagged: [FlaggedValue]
    /// Every series read.
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
            lines += Self.grouped(flagged).map { group in
                let first = group[0]
                let labels = group.count == 1 ? first.entry.label
                    : "\(first.entry.label) … \(group[group.count - 1].entry.label) (\(group.count) values)"
                return "  \(first.path) \(labels): \(first.entry.verification.rawValue): \(first.entry.note ?? "")"
            }
        }
        lines.append("Checked \(series.count) series: \(problems.count) problems, \(stale.count) stale, "
                     + "\(flagged.count) flagged.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Runs of consecutive flagged values in one series with the same status and note, printed as one line.
    static func grouped(_ values: [FlaggedValue]) -> [[FlaggedValue]] {
        var groups: [[FlaggedValue]] = []
        for value in values {
            if let last = groups.last?.last, last.path == value.path,
               last.entry.verification == value.entry.verification, last.entry.note == value.entry.note {
                groups[groups.count - 1].append(value)
            } else {
                groups.append([value])
            }
        }
        return groups
    }
}
