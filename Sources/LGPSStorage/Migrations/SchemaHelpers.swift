import SQLKit

/// Column shorthands shared by the migrations.
extension SQLCreateTableBuilder {
    /// An application-allocated BIGINT primary key `id`.
    func idColumn() -> Self { column("id", type: .bigint, .primaryKey(autoIncrement: false)) }

    /// `fund_id`, referencing `funds`.
    func fundColumn() -> Self { column("fund_id", type: .bigint, .notNull, .references("funds", "id")) }

    /// A TEXT column, NOT NULL unless `nullable`.
    func text(_ name: String, nullable: Bool = false) -> Self {
        nullable ? column(name, type: .text) : column(name, type: .text, .notNull)
    }

    /// A BIGINT column (pence, basis points, hundredths, counts), NOT NULL unless `nullable`.
    func bigint(_ name: String, nullable: Bool = false) -> Self {
        nullable ? column(name, type: .bigint) : column(name, type: .bigint, .notNull)
    }

    /// A lowercased search key compared bytewise (`COLLATE "C"` on PostgreSQL, SQLite's default BINARY), so a
    /// prefix range `>= 'smi' AND < 'smj'` means the same on both and uses the index.
    func searchKey(_ name: String, postgres: Bool) -> Self {
        postgres ? column(name, type: .text, .notNull, .collate(name: "C")) : column(name, type: .text, .notNull)
    }

    /// `record_id` (referencing `pension_records`), `position` and `fund_id`, for the record's child tables.
    func recordChildColumns() -> Self {
        column("record_id", type: .bigint, .notNull, .references("pension_records", "id"))
            .bigint("position")
            .fundColumn()
    }
}

extension SQLDatabase {
    /// Creates a plain index.
    func createIndex(_ name: String, on table: String, _ columns: String...) async throws {
        var builder = create(index: name).on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }

    /// Adds the id sequences a later migration needs, unless migration 001 of this version already made them.
    func ensureSequences(_ sequences: [IDSequence]) async throws {
        for sequence in sequences.map(\.rawValue) {
            guard try await select().column("name").from("id_sequences").where("name", .equal, sequence)
                .first() == nil else { continue }
            try await insert(into: "id_sequences").columns("name", "next_id").values(sequence, Int64(1)).run()
        }
    }

    /// Drops tables, in the order given.
    func dropTables(_ tables: String...) async throws {
        for table in tables { try await drop(table: table).run() }
    }
}
