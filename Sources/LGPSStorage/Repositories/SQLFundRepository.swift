import LGPSRules
import SQLKit

/// Funds in SQL.
struct SQLFundRepository: FundRepository {
    let database: Database

    func create(code: String, name: String, actor: Actor) async throws -> Fund {
        let at = database.clock.now()
        return try await database.transaction { db in
            guard try await db.select().column("id").from("funds").where("code", .equal, code).first() == nil else {
                throw StorageError.duplicateKey(code)
            }
            let fund = Fund(id: try await IDAllocator.next(.fund, on: db), code: code, name: name)
            try await db.insert(into: "funds").columns("id", "code", "name").values(fund.id, code, name).run()
            var after = AuditFields()
            after.add("code", code)
            after.add("name", name)
            try await AuditWriter.append([PendingAudit(fundID: fund.id, entity: "fund", entityID: fund.id,
                                                       action: "create", before: nil, after: after.json)],
                                         actor: actor, at: at, on: db)
            return fund
        }
    }

    func get(id: Int64) async throws -> Fund? {
        try await database.sql.select().columns("id", "code", "name").from("funds").where("id", .equal, id)
            .first().map(Self.decode)
    }

    func get(code: String) async throws -> Fund? {
        try await database.sql.select().columns("id", "code", "name").from("funds").where("code", .equal, code)
            .first().map(Self.decode)
    }

    func all() async throws -> [Fund] {
        try await database.sql.select().columns("id", "code", "name").from("funds").orderBy("code").all()
            .map(Self.decode)
    }

    static func decode(_ row: any SQLRow) throws -> Fund {
        Fund(id: try row.int64("id"), code: try row.string("code"), name: try row.string("name"))
    }
}
