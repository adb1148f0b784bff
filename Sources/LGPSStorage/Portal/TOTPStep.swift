import SQLKit

/// The compare-and-set that makes a TOTP code single use (AUTH-12), shared by portal accounts and staff users.
/// It is one statement on its own, outside an explicit transaction: atomic on both databases (PostgreSQL
/// re-checks the WHERE after waiting for a concurrent update's row lock; SQLite holds the write lock for the
/// statement), and on SQLite a writer waiting for the lock never holds it across a second statement.
enum TOTPStep {
    /// Records `step` in `table`'s `totp_last_step` for row `id` only when none is recorded or the recorded one
    /// is lower, in one UPDATE; true when it was recorded (false: the step was replayed, or a concurrent sign-in
    /// with the same code got there first). `table` is one of this module's table names, never input.
    static func use(table: String, id: Int64, step: Int64, on database: any SQLDatabase) async throws -> Bool {
        let rows = try await database.update(table).set("totp_last_step", to: step)
            .where("id", .equal, id)
            .where { $0.where("totp_last_step", .is, SQLLiteral.null).orWhere("totp_last_step", .lessThan, step) }
            .returning("id").all()
        return !rows.isEmpty
    }

    /// How the audit trail shows that a TOTP secret is absent, present, or took another's place: never the secret.
    static let noSecret = "none", secretSet = "set", secretReplaced = "replaced"

    /// ``noSecret`` or ``secretSet``.
    static func auditState(_ sealed: String?) -> String { sealed == nil ? noSecret : secretSet }

    /// The state after a change from `old` to `new`: ``secretReplaced`` when one secret takes another's place.
    static func auditState(old: String?, new: String?) -> String {
        guard let new else { return noSecret }
        return old == nil || old == new ? secretSet : secretReplaced
    }
}
