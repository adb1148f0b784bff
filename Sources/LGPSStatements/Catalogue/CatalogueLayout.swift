/// Where each item of one kind's list sits, so an extract row keeps its values in an array in catalogue order
/// and finds an item by section and name without building its column heading.
/// - Source: LGA annual benefit statements guide, Part 2 Table 1, Part 2A and Part 4 [seed 001].
struct CatalogueLayout: Sendable {
    private struct Entry: Sendable {
        let name: String
        let length: Int
        let position: Int
    }

    /// Entries by section (`StatementSection.ordinal`).
    private let sections: [[Entry]]
    /// The number of items.
    let count: Int

    init(_ items: [StatementItem]) {
        var sections = [[Entry]](repeating: [], count: StatementSection.allCases.count)
        for (position, item) in items.enumerated() {
            sections[item.section.ordinal].append(Entry(name: item.name, length: item.name.utf8.count,
                                                        position: position))
        }
        self.sections = sections
        count = items.count
    }

    /// The position of the item called `name` in `section`, or `nil` when the kind has no such item.
    func position(_ name: String, _ section: StatementSection) -> Int? {
        let length = name.utf8.count
        for entry in sections[section.ordinal] where entry.length == length && entry.name == name {
            return entry.position
        }
        return nil
    }
}

extension StatementCatalogue {
    private static let activeLayout = CatalogueLayout(active)
    private static let deferredLayout = CatalogueLayout(deferred)
    private static let pensionCreditLayout = CatalogueLayout(pensionCredit)

    /// The layout of `kind`'s list.
    static func layout(for kind: StatementKind) -> CatalogueLayout {
        switch kind {
        case .active: return activeLayout
        case .deferred: return deferredLayout
        case .pensionCredit: return pensionCreditLayout
        }
    }
}

extension StatementSection {
    /// The section's place in the guide's order, from 0.
    var ordinal: Int {
        switch self {
        case .personalDetails: return 0
        case .deathBenefits: return 1
        case .benefitsAt31March: return 2
        case .reducedBenefits: return 3
        case .benefitsSupportingData: return 4
        case .projectionToNPA: return 5
        case .projectionSupportingData: return 6
        case .lifetimeAllowance: return 7
        case .serviceHistory: return 8
        case .underpinUnder2008NPA: return 9
        case .underpinOver2008NPA: return 10
        case .mcCloudRemedy: return 11
        case .deferredBenefits: return 12
        }
    }
}
