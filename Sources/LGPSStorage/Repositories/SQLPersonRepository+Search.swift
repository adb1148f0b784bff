import LGPSRules
import SQLKit

/// Staff search: NI number, member number or payroll reference, or a name prefix as an index range.
extension SQLPersonRepository {
    /// Most results one page may hold.
    static let maximumPageSize = 200
    static let summaryColumns = ["id", "title", "forenames", "surname", "date_of_birth", "nino", "postcode"]

    func search(fundID: Int64, query: String, page: Int, pageSize: Int) async throws -> Page<PersonSummary> {
        let page = max(1, page), size = min(max(1, pageSize), Self.maximumPageSize)
        let db = database.sql
        let filter: (SQLSelectBuilder) -> SQLSelectBuilder
        switch SearchQuery(query) {
        case .empty:
            return Page(items: [], total: 0, page: page, pageSize: size)
        case .nationalInsuranceNumber(let nino):
            filter = { $0.where("fund_id", .equal, fundID).where("nino", .equal, nino) }
        case .reference(let reference):
            // One lookup per column, so each uses its (fund_id, column) index; an OR would scan the fund.
            var ids: [Int64] = []
            for column in ["member_number", "payroll_reference"] {
                ids += try await db.select().column("person_id").from("pension_records")
                    .where("fund_id", .equal, fundID).where(SQLIdentifier(column), .equal, SQLBind(reference))
                    .all().map { try $0.int64("person_id") }
            }
            ids = Array(Set(ids)).sorted()
            guard !ids.isEmpty else { return Page(items: [], total: 0, page: page, pageSize: size) }
            filter = { $0.where("fund_id", .equal, fundID).where("id", .in, ids) }
        case .name(let surname, let forenames):
            filter = { builder in
                var b = builder.where("fund_id", .equal, fundID)
                    .where("surname_key", .greaterThanOrEqual, surname)
                    .where("surname_key", .lessThan, SearchKey.upperBound(surname))
                if let forenames {
                    b = b.where("forenames_key", .greaterThanOrEqual, forenames)
                        .where("forenames_key", .lessThan, SearchKey.upperBound(forenames))
                }
                return b
            }
        }
        let countRow = try await filter(db.select()
            .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n"))).from("people"))
            .first()
        let total = Int(try countRow?.int64("n") ?? 0)
        guard total > (page - 1) * size else { return Page(items: [], total: total, page: page, pageSize: size) }
        let rows = try await filter(db.select().columns(Self.summaryColumns).from("people"))
            .orderBy("surname_key").orderBy("forenames_key").orderBy("id")
            .limit(size).offset((page - 1) * size).all()
        let ids = try rows.map { try $0.int64("id") }
        let numbers = try await memberNumbers(fundID: fundID, personIDs: ids, on: db)
        let items = try rows.map { row in
            let id = try row.int64("id")
            let title = try row.string("title"), forenames = try row.string("forenames")
            let surname = try row.string("surname")
            return PersonSummary(
                personID: id, name: [title, forenames, surname].filter { !$0.isEmpty }.joined(separator: " "),
                surname: surname, forenames: forenames, dateOfBirth: try row.date("date_of_birth"),
                nationalInsuranceNumber: try row.optionalString("nino"), postcode: try row.string("postcode"),
                memberNumbers: numbers[id] ?? [])
        }
        return Page(items: items, total: total, page: page, pageSize: size)
    }

    /// Member numbers of the given people, in one query.
    private func memberNumbers(fundID: Int64, personIDs: [Int64], on db: any SQLDatabase) async throws
        -> [Int64: [String]] {
        guard !personIDs.isEmpty else { return [:] }
        var numbers: [Int64: [String]] = [:]
        for row in try await db.select().columns("person_id", "member_number").from("pension_records")
            .where("fund_id", .equal, fundID).where("person_id", .in, personIDs)
            .orderBy("person_id").orderBy("id").all() {
            numbers[try row.int64("person_id"), default: []].append(try row.string("member_number"))
        }
        return numbers
    }
}
