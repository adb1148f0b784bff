import SQLKit

/// Funds, and the id sequences the application allocates from (so a batch can hold parents and children).
struct Migration001_Funds: Migration {
    let number = 1
    let name = "funds and id sequences"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "funds").idColumn()
            .column("code", type: .text, .notNull, .unique)
            .text("name")
            .run()
        try await database.create(table: "id_sequences")
            .column("name", type: .text, .primaryKey(autoIncrement: false))
            .bigint("next_id")
            .run()
        var insert = database.insert(into: "id_sequences").columns("name", "next_id")
        for sequence in IDSequence.allCases { insert = insert.values(sequence.rawValue, Int64(1)) }
        try await insert.run()
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("id_sequences", "funds")
    }
}
