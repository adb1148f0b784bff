import Testing
import LGPSRules
@testable import LGPSStatements

/// The issue's requirement: every Part 2 and Part 2A item, for members in each situation (under and over NPA,
/// between 55 and NPA, 50/50 in year, partnered or not, with and without debits, protected and not, multiple
/// posts, part-year joiners, transfers in the year). Each row is checked item by item against the catalogue,
/// filled or blank as `CoverageFacts` expects; the exact figures are in the situation tests beside this file.
/// - Source: LGA annual benefit statements guide, Part 2 Table 1 and Part 2A [seed 001].
@Suite("Item coverage: every Part 2 and 2A item in each situation")
struct ItemCoverageTests {
    @Test("Each catalogue item is filled or blank as the situation expects", arguments: CoverageSituation.allCases)
    func everyItem(_ situation: CoverageSituation) throws {
        let row = try situation.row()
        let facts = situation.facts
        #expect(row.kind == .active)
        for item in StatementCatalogue.active {
            let filled = !row[item].isEmpty
            #expect(filled == facts.expectsFilled(item),
                    "\(situation): \(item.column) is \(filled ? "filled (\(row[item]))" : "blank")")
        }
        #expect(Set(row.values.keys).isSubset(of: Set(StatementCatalogue.active.map(\.column))))
    }

    @Test("Every item named in the expectations is a catalogue item, named once")
    func namesAreCatalogueItems() {
        for (section, name, _) in CoverageNeeds.needs {
            #expect(StatementCatalogue.item(name, in: section) != nil, "no item \(name) in \(section)")
        }
        #expect(CoverageNeeds.byColumn.count == CoverageNeeds.needs.count)
    }

    /// A need that held in every situation (or in none) could not catch an item wrongly filled or left blank.
    @Test("Each fact the expectations use is true in some situations and false in others")
    func expectationsCanFail() {
        let all = CoverageSituation.allCases.map(\.facts)
        let needs: [CoverageNeed] = [.finalSalary, .partnered, .pensionSharingDebit, .schemePaysDebit, .fiftyFiftyPay,
                                     .previousYear, .otherPosts, .addedYears, .partneredFinalSalary]
        for need in needs {
            #expect(all.contains { $0.holds(need) } && all.contains { !$0.holds(need) }, "\(need)")
        }
        #expect(all.contains { $0.reducedBenefits } && all.contains { !$0.reducedBenefits })
        for table in [CoverageFacts.Underpin?.some(.under2008NPA), .some(.over2008NPA), nil] {
            #expect(all.contains { $0.underpin == table })
        }
    }
}
