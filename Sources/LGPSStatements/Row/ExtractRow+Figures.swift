import LGPSRules

extension ExtractRow {
    /// The items that have a value, as one JSON object keyed by column heading in catalogue order: the figures
    /// stored with a statement (the extract and the staff page read them back).
    /// - Standard: RFC 8259 (strings escaped per section 7).
    public var figuresJSON: String {
        let keys = Self.keys(for: kind)
        var out = JSONBytes(capacity: 4_096)
        out.raw("{")
        var first = true
        for (key, cell) in zip(keys, cells) where !cell.isBlank {
            if !first { out.raw(",") }
            first = false
            out.raw(key)
            out.string(cell.text)
        }
        out.raw("}")
        return out.text
    }

    private static let activeKeys = keys(StatementCatalogue.active)
    private static let deferredKeys = keys(StatementCatalogue.deferred)
    private static let pensionCreditKeys = keys(StatementCatalogue.pensionCredit)

    /// Each item's `"column":`, written once.
    private static func keys(for kind: StatementKind) -> [[UInt8]] {
        switch kind {
        case .active: return activeKeys
        case .deferred: return deferredKeys
        case .pensionCredit: return pensionCreditKeys
        }
    }

    private static func keys(_ items: [StatementItem]) -> [[UInt8]] {
        items.map { item in
            var key = JSONBytes(capacity: 80)
            key.string(item.column)
            key.raw(":")
            return key.bytes
        }
    }
}
