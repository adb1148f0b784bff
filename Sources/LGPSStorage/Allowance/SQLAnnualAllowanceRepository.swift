import LGPSRules
import SQLKit

/// ``AnnualAllowanceRepository`` over SQLKit.
struct SQLAnnualAllowanceRepository: AnnualAllowanceRepository {
    let database: Database

    static let table = "annual_allowance_years"
    static let columns = ["fund_id", "person_id", "record_id", "tax_year", "opening_pension", "opening_lump_sum",
                          "closing_pension", "closing_lump_sum", "cpi_basis_points", "pension_input_amount",
                          "standard_allowance", "published_at_us", "published_by"]

    /// Rows per INSERT: 13 parameters each stays well under SQLite's and PostgreSQL's limits on bound parameters.
    static let rowsPerInsert = 500

    func publish(_ figures: [PublishedPensionInput], actor: Actor) async throws {
        guard let first = figures.first else { return }
        try await database.transaction { db in
            for (year, rows) in Dictionary(grouping: figures, by: \.year.taxYear) {
                try await db.delete(from: Self.table).where("tax_year", .equal, Int64(year.startYear))
                    .where("record_id", .in, rows.map(\.recordID)).run()
            }
            for start in stride(from: 0, to: figures.count, by: Self.rowsPerInsert) {
                var insert = db.insert(into: Self.table).columns(Self.columns)
                for row in figures[start..<min(start + Self.rowsPerInsert, figures.count)] {
                    let y = row.year
                    insert = insert.values(
                        SQLBind(row.fundID), SQLBind(row.personID), SQLBind(row.recordID),
                        SQLBind(Int64(y.taxYear.startYear)), SQLBind(y.openingPension.pence),
                        SQLBind(y.openingLumpSum.pence), SQLBind(y.closingPension.pence), SQLBind(y.closingLumpSum.pence),
                        SQLBind(y.cpi.basisPoints), SQLBind(y.pensionInputAmount.pence),
                        SQLBind(y.standardAllowance.pence), SQLBind(row.publishedAt.microseconds),
                        SQLBind(row.publishedBy))
                }
                try await insert.run()
            }
            var after = AuditFields()
            after.add("records", "\(figures.count)")
            after.add("tax_years", Set(figures.map { $0.year.taxYear.description }).sorted().joined(separator: ", "))
            try await AuditWriter.append([PendingAudit(fundID: first.fundID, entity: "annual_allowance",
                                                       entityID: Int64(first.year.taxYear.startYear), action: "publish",
                                                       before: nil, after: after.json)],
                                         actor: actor, at: first.publishedAt, on: db)
        }
    }

    func history(fundID: Int64, recordID: Int64) async throws -> [PublishedPensionInput] {
        try await database.sql.select().columns(Self.columns.map { SQLColumn($0) }).from(Self.table)
            .where("fund_id", .equal, fundID).where("record_id", .equal, recordID)
            .orderBy("tax_year", .descending).all().map(Self.decode)
    }

    func count(fundID: Int64, taxYear: TaxYear) async throws -> Int {
        let row = try await database.sql.select().column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n")))
            .from(Self.table).where("fund_id", .equal, fundID).where("tax_year", .equal, Int64(taxYear.startYear)).first()
        return Int(try row?.int64("n") ?? 0)
    }

    static func decode(_ row: any SQLRow) throws -> PublishedPensionInput {
        let year = PensionInputYear(
            taxYear: TaxYear(startYear: Int(try row.int64("tax_year"))), openingPension: try row.money("opening_pension"),
            openingLumpSum: try row.money("opening_lump_sum"), closingPension: try row.money("closing_pension"),
            closingLumpSum: try row.money("closing_lump_sum"), cpi: Rate(basisPoints: try row.int64("cpi_basis_points")),
            pensionInputAmount: try row.money("pension_input_amount"),
            standardAllowance: try row.money("standard_allowance"))
        return PublishedPensionInput(fundID: try row.int64("fund_id"), personID: try row.int64("person_id"),
                                     recordID: try row.int64("record_id"), year: year,
                                     publishedAt: try row.timestamp("published_at_us"),
                                     publishedBy: try row.string("published_by"))
    }
}
