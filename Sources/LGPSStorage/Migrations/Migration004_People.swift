import SQLKit

/// People (every Person field flattened) with search keys, and their death grant nominations.
struct Migration004_People: Migration {
    let number = 4
    let name = "people and nominations"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "people").idColumn().fundColumn()
            .text("title").text("forenames").text("surname")
            .searchKey("surname_key", postgres: database.isPostgres)
            .searchKey("forenames_key", postgres: database.isPostgres)
            .text("date_of_birth").text("sex").text("nino", nullable: true)
            .text("address_1", nullable: true).text("address_2", nullable: true).text("address_3", nullable: true)
            .text("address_4", nullable: true).text("address_5", nullable: true).text("postcode")
            .text("email", nullable: true).text("home_phone", nullable: true).text("mobile_phone", nullable: true)
            .text("digital_choice").text("digital_recorded_on").text("digital_evidence")
            .text("relationship")
            .text("partner_forenames", nullable: true).text("partner_surname", nullable: true)
            .text("partner_date_of_birth", nullable: true).text("partner_since", nullable: true)
            .run()
        try await database.createIndex("people_name", on: "people", "fund_id", "surname_key", "forenames_key", "id")
        try await database.createIndex("people_nino", on: "people", "fund_id", "nino")
        try await database.create(table: "nominations")
            .column("person_id", type: .bigint, .notNull, .references("people", "id"))
            .bigint("position").fundColumn()
            .text("name").text("relationship").text("date_of_birth", nullable: true)
            .bigint("share_basis_points").text("made_on")
            .primaryKey("person_id", "position")
            .run()
        try await database.createIndex("nominations_fund", on: "nominations", "fund_id")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("nominations", "people")
    }
}
