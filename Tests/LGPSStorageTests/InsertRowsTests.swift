import Testing
@testable import LGPSStorage

@Suite("Bulk INSERT text and cells")
struct InsertRowsTests {
    @Test("SQLite statements use anonymous placeholders, PostgreSQL numbers them across every row")
    func placeholders() {
        var rows = InsertRows(table: "t", columns: ["a", "b"])
        rows.append([Int64(1), "x"])
        rows.append([Int64(2), String?.none])
        #expect(InsertText.shared.text(for: rows, rows: 2, dialect: .sqlite)
            == #"INSERT INTO "t" ("a", "b") VALUES (?, ?), (?, ?)"#)
        #expect(InsertText.shared.text(for: rows, rows: 2, dialect: .postgres)
            == #"INSERT INTO "t" ("a", "b") VALUES ($1, $2), ($3, $4)"#)
        #expect(rows.count == 2)
        #expect(rows.cells == [.integer(1), .text("x"), .integer(2), .null])
    }

    @Test("Optional values become NULL or their value; cells convert to and from sqlite-nio data")
    func cells() {
        #expect(Int64?.none.sqlCell == .null)
        #expect(Int64?.some(7).sqlCell == .integer(7))
        #expect(String?.some("é").sqlCell == .text("é"))
        for cell in [SQLCell.integer(-3), .text("QQ123456C"), .null] {
            #expect(SQLCell(sqliteData: cell.data) == cell)
        }
    }
}
