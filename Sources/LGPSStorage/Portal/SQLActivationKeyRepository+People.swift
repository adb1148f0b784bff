import SQLKit

/// Choosing who a mailing goes to: people with a record in the chosen statuses, no account and no live key.
extension SQLActivationKeyRepository {
    /// Walks the fund's records in person order through `records_fund_person_status` (fund, person, status), so
    /// the status test needs no table read and a page stops after `limit` people; each candidate is then checked
    /// for an account (unique fund + person) and a live key (`activation_keys_person`) by index.
    func peopleWithoutAccounts(fundID: Int64, statuses: [String], excludingLiveKeysAt: Timestamp?,
                               after afterPersonID: Int64, limit: Int) async throws -> [Int64] {
        guard !statuses.isEmpty, limit > 0 else { return [] }
        return try await Self.peopleWithoutAccounts(on: database.sql, fundID: fundID, statuses: statuses,
                                                    excludingLiveKeysAt: excludingLiveKeysAt, after: afterPersonID,
                                                    limit: limit)
            .all().map { try $0.int64("person_id") }
    }

    /// The query behind ``peopleWithoutAccounts(fundID:statuses:excludingLiveKeysAt:after:limit:)`` (`statuses`
    /// must not be empty), apart so a test can read its plan.
    static func peopleWithoutAccounts(on db: any SQLDatabase, fundID: Int64, statuses: [String],
                                      excludingLiveKeysAt: Timestamp?, after afterPersonID: Int64, limit: Int)
        -> SQLSelectBuilder {
        let person = SQLColumn("person_id", table: "r")
        var query = db.select().distinct().column(person)
            .from(SQLAlias(SQLIdentifier("pension_records"), as: SQLIdentifier("r")))
            .where(SQLColumn("fund_id", table: "r"), .equal, SQLBind(fundID))
            .where(person, .greaterThan, SQLBind(afterPersonID))
            .where(SQLColumn("current_status", table: "r"), .in, SQLBind.group(statuses))
            .where(notExists(SQLSubquery.select { subquery in
                subquery.column(SQLColumn("id", table: "a"))
                    .from(SQLAlias(SQLIdentifier("portal_accounts"), as: SQLIdentifier("a")))
                    .where(SQLColumn("fund_id", table: "a"), .equal, SQLBind(fundID))
                    .where(SQLColumn("person_id", table: "a"), .equal, person)
            }))
        if let at = excludingLiveKeysAt {
            query = query.where(notExists(SQLSubquery.select { subquery in
                subquery.column(SQLColumn("id", table: "k"))
                    .from(SQLAlias(SQLIdentifier(table), as: SQLIdentifier("k")))
                    .where(SQLColumn("fund_id", table: "k"), .equal, SQLBind(fundID))
                    .where(SQLColumn("person_id", table: "k"), .equal, person)
                    .where(SQLColumn("used_at_us", table: "k"), .is, SQLLiteral.null)
                    .where(SQLColumn("revoked_at_us", table: "k"), .is, SQLLiteral.null)
                    .where(SQLColumn("expires_at_us", table: "k"), .greaterThan, SQLBind(at.microseconds))
            }))
        }
        return query.orderBy(person).limit(limit)
    }

    /// `NOT EXISTS (subquery)`.
    static func notExists(_ subquery: some SQLExpression) -> some SQLExpression {
        SQLList([SQLRaw("NOT EXISTS"), subquery], separator: SQLRaw(" "))
    }
}
