import LGPSRules

extension SeriesFile {
    /// Reads `values`, `reference`, `verification` and `note`: dates ascending and unique, every value cited,
    /// every flag known and explained, every leaf value parsing as its unit.
    static func readValues(_ root: NodeCursor, unit: UnitDeclaration?,
                           problems: inout [ParameterProblem]) -> [SeriesEntry] {
        guard let values = try? root.field("values").entries() else {
            problems.append((root.optional("values") ?? root).problem("values must map dates to values"))
            return []
        }
        let references = dated(root.optional("reference"), problems: &problems)
        let verifications = dated(root.optional("verification"), problems: &problems)
        let notes = dated(root.optional("note"), problems: &problems)
        var result: [SeriesEntry] = []
        var previous: CalendarDate?
        for value in values {
            guard let date = CalendarDate(value.key) else {
                problems.append(value.keyNode.problem("\"\(value.key)\" is not a date (YYYY-MM-DD)"))
                continue
            }
            if let previous, !(previous < date) {
                problems.append(value.keyNode.problem("dates must be in ascending order: \(date) comes after \(previous)"))
            }
            previous = date
            if let unit { problems += unit.problems(in: value.value) }
            let reference = checkedReference(references[value.key], owner: value.keyNode, problems: &problems)
            let verification = checkedVerification(verifications[value.key], problems: &problems)
            let note = notes[value.key].flatMap { try? $0.text() }
            if verification != .verified && (note ?? "").isEmpty {
                problems.append(value.keyNode.problem("is flagged \(verification.rawValue) but has no note saying why"))
            }
            result.append(SeriesEntry(date: date, label: value.key, value: value.value,
                                      reference: reference ?? Reference(title: ""), verification: verification,
                                      note: note))
        }
        let valueKeys = Set(values.map(\.key))
        for (name, map) in [("reference", references), ("verification", verifications), ("note", notes)] {
            for (key, node) in map where !valueKeys.contains(key) {
                problems.append(node.problem("\(name) for \(key), which has no value"))
            }
        }
        return result
    }

    /// A `{date: node}` map as a dictionary (keys as written).
    static func dated(_ node: NodeCursor?, problems: inout [ParameterProblem]) -> [String: NodeCursor] {
        guard let node else { return [:] }
        do {
            var result: [String: NodeCursor] = [:]
            for entry in try node.entries() { result[entry.key] = entry.value }
            return result
        } catch {
            problems.append(error)
            return [:]
        }
    }

    /// Reads timetable `rows`: each a map of fields plus its own `reference`, `verification` and `note`.
    static func readRows(_ node: NodeCursor, unit: UnitDeclaration?,
                         problems: inout [ParameterProblem]) -> [SeriesEntry] {
        guard let items = try? node.items() else {
            problems.append(node.problem("rows must be a list"))
            return []
        }
        var result: [SeriesEntry] = []
        for row in items {
            guard (try? row.entries()) != nil else {
                problems.append(row.problem("each row must be a map"))
                continue
            }
            if let unit { problems += unit.problems(in: row, skipping: ["reference", "verification", "note"]) }
            let reference = checkedReference(row.optional("reference"), owner: row, problems: &problems)
            let verification = checkedVerification(row.optional("verification"), problems: &problems)
            let note = try? row.optional("note")?.text()
            if verification != .verified && (note ?? "").isEmpty {
                problems.append(row.problem("is flagged \(verification.rawValue) but has no note saying why"))
            }
            let from = (try? row.optional("born_from")?.text()) ?? "start"
            let sex = (try? row.optional("sex")?.text()) ?? "all"
            result.append(SeriesEntry(date: nil, label: "born from \(from) (\(sex))", value: row,
                                      reference: reference ?? Reference(title: ""), verification: verification,
                                      note: note))
        }
        return result
    }
}
