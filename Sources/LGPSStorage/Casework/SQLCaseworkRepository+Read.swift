import LGPSRules
import SQLKit

/// Reading tasks, messages and documents, always scoped by fund (and person, for members).
extension SQLCaseworkRepository {
    func tasks(fundID: Int64, personID: Int64) async throws -> [WorkTask] {
        try await database.sql.select().columns(Self.taskColumns).from("work_tasks")
            .where("fund_id", .equal, fundID).where("person_id", .equal, personID)
            .orderBy("updated_at_us", .descending).orderBy("id", .descending).all().map(Self.decodeTask)
    }

    func queue(fundID: Int64, statuses: [TaskStatus], page: Int, pageSize: Int) async throws -> Page<WorkQueueItem> {
        try await queue(fundID: fundID, statuses: statuses, assignedTo: nil, page: page, pageSize: pageSize)
    }

    func queue(fundID: Int64, statuses: [TaskStatus], assignedTo: String?, page: Int,
               pageSize: Int) async throws -> Page<WorkQueueItem> {
        let page = max(1, page), size = max(1, pageSize)
        let codes = statuses.map(\.rawValue)
        guard !codes.isEmpty else { return Page(items: [], total: 0, page: page, pageSize: size) }
        var count = database.sql.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n")
            .from("work_tasks").where("fund_id", .equal, fundID).where("status", .in, codes)
        if let assignedTo { count = count.where("assigned_to", .equal, assignedTo) }
        let total = try await count.first()?.int64("n") ?? 0
        var select = database.sql.select()
            .columns(Self.taskColumns.map { SQLColumn($0, table: "t") })
            .column(SQLColumn("forenames", table: "p")).column(SQLColumn("surname", table: "p"))
            .column(SQLColumn("member_number", table: "r"))
            .from(SQLAlias(SQLIdentifier("work_tasks"), as: SQLIdentifier("t")))
            .join(SQLAlias(SQLIdentifier("people"), as: SQLIdentifier("p")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "p"), .equal, SQLColumn("person_id", table: "t"))
            .join(SQLAlias(SQLIdentifier("pension_records"), as: SQLIdentifier("r")), method: SQLJoinMethod.left,
                  on: SQLColumn("id", table: "r"), .equal, SQLColumn("record_id", table: "t"))
            .where(SQLColumn("fund_id", table: "t"), .equal, SQLBind(fundID))
            .where(SQLColumn("status", table: "t"), .in, SQLBind.group(codes))
        if let assignedTo { select = select.where(SQLColumn("assigned_to", table: "t"), .equal, SQLBind(assignedTo)) }
        select = statuses == [.done]
            ? select.orderBy(SQLOrderBy(expression: SQLColumn("updated_at_us", table: "t"), direction: SQLDirection.descending))
                .orderBy(SQLOrderBy(expression: SQLColumn("id", table: "t"), direction: SQLDirection.descending))
            : select.orderBy(SQLColumn("created_at_us", table: "t")).orderBy(SQLColumn("id", table: "t"))
        let rows = try await select.limit(size).offset((page - 1) * size).all()
        let items = try rows.map { row in
            WorkQueueItem(task: try Self.decodeTask(row),
                          memberName: "\(try row.string("forenames")) \(try row.string("surname"))",
                          memberNumber: try row.optionalString("member_number"))
        }
        return Page(items: items, total: Int(total), page: page, pageSize: size)
    }

    func task(fundID: Int64, id: Int64) async throws -> WorkTask? {
        try await Self.task(fundID: fundID, personID: nil, id: id, on: database.sql)
    }

    func task(fundID: Int64, personID: Int64, id: Int64) async throws -> WorkTask? {
        try await Self.task(fundID: fundID, personID: personID, id: id, on: database.sql)
    }

    func messages(fundID: Int64, taskID: Int64) async throws -> [TaskMessage] {
        try await database.sql.select().columns(Self.messageColumns).from("task_messages")
            .where("fund_id", .equal, fundID).where("task_id", .equal, taskID).orderBy("id").all()
            .map(Self.decodeMessage)
    }

    func documents(fundID: Int64, taskID: Int64) async throws -> [MemberDocument] {
        try await database.sql.select().columns(Self.documentColumns).from("member_documents")
            .where("fund_id", .equal, fundID).where("task_id", .equal, taskID).orderBy("id").all()
            .map(Self.decodeDocument)
    }

    func document(fundID: Int64, personID: Int64?, id: Int64) async throws -> MemberDocument? {
        var query = database.sql.select().columns(Self.documentColumns).from("member_documents")
            .where("fund_id", .equal, fundID).where("id", .equal, id)
        if let personID { query = query.where("person_id", .equal, personID) }
        return try await query.first().map(Self.decodeDocument)
    }

    func documentUsage(fundID: Int64, personID: Int64) async throws -> DocumentUsage {
        let row = try await database.sql.select()
            .column(SQLFunction("count", args: SQLLiteral.all), as: "n")
            // SUM of a BIGINT is NUMERIC on PostgreSQL: cast back so both dialects read an Int64.
            .column(SQLRaw("CAST(COALESCE(SUM(byte_count), 0) AS BIGINT)"), as: "bytes")
            .from("member_documents").where("fund_id", .equal, fundID).where("person_id", .equal, personID).first()
        return DocumentUsage(count: Int(try row?.int64("n") ?? 0), bytes: try row?.int64("bytes") ?? 0)
    }

    static func task(fundID: Int64, personID: Int64?, id: Int64, on db: any SQLDatabase) async throws -> WorkTask? {
        var query = db.select().columns(taskColumns).from("work_tasks").where("fund_id", .equal, fundID)
            .where("id", .equal, id)
        if let personID { query = query.where("person_id", .equal, personID) }
        return try await query.first().map(decodeTask)
    }
}
