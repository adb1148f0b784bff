import Testing
@testable import LGPSStatements

/// LGA annual benefit statements guide (2025 onwards), Part 2 Table 1 and Part 2A: the catalogue holds every
/// data item, in the guide's words, with its category and shading.
@Suite("Statement item catalogue (Part 2 Table 1, Part 2A)")
struct CatalogueTests {
    @Test("Part 2 Table 1 and Part 2A: every section is there, in the guide's order, with no repeated columns")
    func sectionsAndColumns() {
        let items = StatementCatalogue.active
        #expect(items.count == 114)
        #expect(Set(items.map(\.column)).count == items.count)
        let order = items.map(\.section).reduce(into: [StatementSection]()) { if $0.last != $1 { $0.append($1) } }
        #expect(order == [.personalDetails, .deathBenefits, .benefitsAt31March, .reducedBenefits, .benefitsSupportingData,
                          .projectionToNPA, .projectionSupportingData, .lifetimeAllowance, .serviceHistory,
                          .underpinUnder2008NPA, .underpinOver2008NPA, .mcCloudRemedy])
    }

    @Test("Part 2 Table 1: spot checks of names, categories and yellow/grey shading", arguments: [
        ("Title", StatementSection.personalDetails, StatementCategory.distribution, false, false),
        ("Email address", .personalDetails, .distribution, false, false),
        ("NI number", .personalDetails, .distribution, false, false),
        ("Section of scheme on 31 March 20xx", .personalDetails, .compulsory, false, false),
        ("Pensionable pay for year ending 31 March 20xx", .personalDetails, .compulsory, false, false),
        ("Date pensionable service started", .personalDetails, .compulsory, false, false),
        ("Lump sum death grant", .deathBenefits, .compulsory, false, false),
        ("Annual survivor's pension (before debit applied)", .deathBenefits, .optional, false, true),
        ("CARE survivor pension", .deathBenefits, .optional, false, true),
        ("Annual pension at 31 March 20xx (before divorce or Annual Allowance (AA) debit applied)",
         .benefitsAt31March, .optional, true, false),
        ("Annual pension at 31 March 20xx", .benefitsAt31March, .compulsory, true, false),
        ("Survivor pension at 31 March 20xx", .benefitsAt31March, .compulsory, false, true),
        ("Divorce debit to pension", .benefitsAt31March, .compulsory, false, false),
        ("Annual pension at 31 March 20xx", .reducedBenefits, .optional, true, false),
        ("ARC purchased (inc PI to 31/03/20xx)", .benefitsSupportingData, .optional, false, false),
        ("Total CARE pension at 31 March 20xx", .benefitsSupportingData, .optional, false, false),
        ("Annual pension at NPA (after divorce/AA debit)", .projectionToNPA, .compulsory, true, false),
        ("Survivor pension (after divorce debit)", .projectionToNPA, .optional, false, true),
        ("80ths service", .projectionSupportingData, .optional, false, false),
        ("LTA percentage at 31 March 20xx", .lifetimeAllowance, .optional, true, false),
        ("Service history", .serviceHistory, .optional, false, false),
        ("Estimated survivor guarantee amount", .underpinUnder2008NPA, .optional, false, false),
        ("Revalued underpin amount to 31 March 20xx", .underpinOver2008NPA, .optional, false, false),
    ])
    func spotCheck(name: String, section: StatementSection, category: StatementCategory, yellow: Bool, grey: Bool) throws {
        let item = try #require(StatementCatalogue.item(name, in: section))
        #expect(item.category == category)
        #expect(item.includesFinalGuarantee == yellow)
        #expect(item.includesSurvivorGuarantee == grey)
    }

    @Test("Part 2A: both underpin tables hold the guide's items")
    func underpinTables() {
        let under = StatementCatalogue.active.filter { $0.section == .underpinUnder2008NPA }.map(\.name)
        let over = StatementCatalogue.active.filter { $0.section == .underpinOver2008NPA }.map(\.name)
        #expect(under.count == 6)
        #expect(over.count == 8)
        #expect(under.contains("Estimated final guarantee amount") && over.contains("Estimated final guarantee amount"))
        #expect(over.first == "Provisional assumed benefits")
    }

    @Test("Part 4: the deferred extract is a smaller set with the pension, survivor pension and death grant")
    func deferredItems() {
        let items = StatementCatalogue.items(for: .deferred)
        #expect(items.count < StatementCatalogue.active.count)
        #expect(StatementCatalogue.item("Annual pension at 31 March 20xx", in: .deferredBenefits, kind: .deferred)?
            .includesFinalGuarantee == true)
        #expect(!items.contains { $0.name == "Pensionable pay for year ending 31 March 20xx" })
    }
}
