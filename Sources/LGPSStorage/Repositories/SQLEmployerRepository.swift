import LGPSRules
import SQLKit

/// Employers and their contribution rates in SQL.
struct SQLEmployerRepository: EmployerRepository {
    let database: Database
    static let columns = ["id", "fund_id", "code", "name", "kind"]

    func create(_ employer: Employer, actor: Actor) async throws -> Employer {
        let at = database.clock.now()
        return try await database.transaction { db in
            guard try await db.select().column("id").from("funds").where("id", .equal, employer.fundID).first() != nil
            else { throw StorageError.notFound }
            guard try await db.select().column("id").from("employers").where("fund_id", .equal, employer.fundID)
                .where("code", .equal, employer.code).first() == nil else {
                throw StorageError.duplicateKey(employer.code)
            }
            var stored = employer
            stored.id = try await IDAllocator.next(.employer, on: db)
            try await db.insert(into: "employers").columns(Self.columns)
                .values(stored.id, stored.fundID, stored.code, stored.name, stored.kind.rawValue).run()
            var rates = InsertRows(table: "employer_rates",
                                   columns: ["employer_id", "position", "fund_id", "from_date", "to_date", "rate_bp"])
            for (index, rate) in stored.rates.enumerated() {
                rates.append([stored.id, Int64(index), stored.fundID, rate.from.description, rate.to?.description,
                              rate.rate.basisPoints])
            }
            try await rates.run(on: db)
            var after = AuditFields()
            after.add("code", stored.code)
            after.add("name", stored.name)
            after.add("kind", stored.kind.rawValue)
            after.add("rates", stored.rates.map { "\($0.from)..\($0.to?.description ?? ""): \($0.rate)" }
                .joined(separator: "; "))
            try await AuditWriter.append([PendingAudit(fundID: stored.fundID, entity: "employer", entityID: stored.id,
                                                       action: "create", before: nil, after: after.json)],
                                         actor: actor, at: at, on: db)
            return stored
        }
    }

    func get(fundID: Int64, id: Int64) async throws -> Employer? {
        guard let row = try await database.sql.select().columns(Self.columns).from("employers")
            .where("fund_id", .equal, fundID).where("id", .equal, id).first() else { return nil }
        let rates = try await rates(fundID: fundID, employerID: id)
        return try Self.decode(row, rates: rates[id] ?? [])
    }

    func list(fundID: Int64) async throws -> [Employer] {
        let rows = try await database.sql.select().columns(Self.columns).from("employers")
            .where("fund_id", .equal, fundID).orderBy("name").orderBy("id").all()
        let rates = try await rates(fundID: fundID, employerID: nil)
        return try rows.map { try Self.decode($0, rates: rates[try $0.int64("id")] ?? []) }
    }

    /// Rates of one employer, or of every employer in the fund, in one query.
    private func rates(fundID: Int64, employerID: Int64?) async throws -> [Int64: [EmployerRate]] {
        var query = database.sql.select().columns("employer_id", "from_date", "to_date", "rate_bp")
            .from("employer_rates").where("fund_id", .equal, fundID)
        if let employerID { query = query.where("employer_id", .equal, employerID) }
        var rates: [Int64: [EmployerRate]] = [:]
        for row in try await query.orderBy("employer_id").orderBy("position").all() {
            rates[try row.int64("employer_id"), default: []].append(
                EmployerRate(from: try row.date("from_date"), to: try row.optionalDate("to_date"),
                             rate: Rate(basisPoints: try row.int64("rate_bp"))))
        }
        return rates
    }

    private static func decode(_ row: any SQLRow, rates: [EmployerRate]) throws -> Employer {
        Employer(id: try row.int64("id"), fundID: try row.int64("fund_id"), code: try row.string("code"),
                 name: try row.string("name"), kind: try row.code("kind", as: EmployerKind.self), rates: rates)
    }
}
