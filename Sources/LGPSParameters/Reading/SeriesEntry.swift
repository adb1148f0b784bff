import LGPSRules

/// One dated value (or one timetable row) read from a file, with its reference, verification and note.
struct SeriesEntry {
    /// The date the value takes effect; `nil` for a timetable row.
    var date: CalendarDate?
    /// The date, or a row's identity (`born_from`/`sex`), used to merge later files and in listings.
    var label: String
    var value: NodeCursor
    var reference: Reference
    var verification: Verification
    var note: String?

    /// Metadata for listings and the check.
    var info: ParameterEntryInfo {
        ParameterEntryInfo(effective: date, label: label, reference: reference, verification: verification,
                           note: note, file: value.file, line: value.node.mark?.line)
    }
}

/// Reads and checks a `{title, href}` reference: a non-empty title and an https link.
func checkedReference(_ node: NodeCursor?, owner: NodeCursor,
                      problems: inout [ParameterProblem]) -> Reference? {
    guard let node else {
        problems.append(owner.problem("has no reference (title and https href)"))
        return nil
    }
    do {
        let reference = try node.reference()
        if reference.title.trimmingWhitespace().isEmpty { problems.append(node.problem("the reference title is empty")) }
        if !(reference.href ?? "").hasPrefix("https://") {
            problems.append(node.problem("the reference href must be an https:// link"))
        }
        return reference
    } catch {
        problems.append(error)
        return nil
    }
}

/// Reads a verification word; `VERIFIED` when absent.
func checkedVerification(_ node: NodeCursor?, problems: inout [ParameterProblem]) -> Verification {
    guard let node else { return .verified }
    guard let text = try? node.text(), let value = Verification(rawValue: text) else {
        let known = Verification.allCases.map(\.rawValue).joined(separator: ", ")
        problems.append(node.problem("unknown verification (known: \(known))"))
        return .unverified
    }
    return value
}
