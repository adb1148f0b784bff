import LGPSRules

/// What one parameter file says, checked: header fields, dated entries (or timetable rows), and the problems.
struct SeriesFile {
    var description: String?
    var unit: UnitDeclaration?
    var entries: [SeriesEntry] = []
    var rows: [SeriesEntry]?
    var lastValueStillValidOn: CalendarDate?

    static let knownKeys: Set<String> = ["description", "unit", "values", "reference", "verification", "note",
                                         "last_value_still_valid_on", "rows"]

    /// Parses and checks `document`. `inheritedUnit` is the unit from the same path in an earlier directory; a
    /// file with none must declare `description` and `unit`.
    static func read(_ document: ParameterDocument, inheritedUnit: UnitDeclaration?,
                     problems: inout [ParameterProblem]) -> SeriesFile? {
        let root = document.root
        guard let top = try? root.entries() else {
            problems.append(root.problem("expected a map with description, unit, values and reference"))
            return nil
        }
        var file = SeriesFile()
        for entry in top where !knownKeys.contains(entry.key) {
            problems.append(entry.keyNode.problem("unknown key (expected one of \(knownKeys.sorted().joined(separator: ", ")))"))
        }
        if let node = root.optional("description") {
            file.description = try? node.text()
            if (file.description ?? "").isEmpty { problems.append(node.problem("the description is empty")) }
        } else if inheritedUnit == nil {
            problems.append(root.problem("the key description is missing"))
        }
        if let node = root.optional("unit") {
            do { file.unit = try UnitDeclaration.read(node) } catch { problems.append(error) }
        } else if inheritedUnit == nil {
            problems.append(root.problem("the key unit is missing"))
        }
        if let node = root.optional("last_value_still_valid_on") {
            do { file.lastValueStillValidOn = try node.date() } catch { problems.append(error) }
        }
        let unit = file.unit ?? inheritedUnit
        if let rows = root.optional("rows") {
            file.rows = readRows(rows, unit: unit, problems: &problems)
        } else if root.optional("values") != nil {
            file.entries = readValues(root, unit: unit, problems: &problems)
        } else if inheritedUnit == nil {
            problems.append(root.problem("the key values is missing"))
        }
        return file
    }
}
