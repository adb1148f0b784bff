import Foundation
import LGPSRules
import Testing
@testable import LGPSStorage

/// The work queue's storage: a portal action creates a task with its first message or document in one
/// transaction with an audit entry (AUDIT-2), members read only their own tasks (AC-3), staff only their fund's
/// (AC-6), status changes are audited, and uploaded bytes are stored durably under server-made names (FILE-5).
@Suite("Casework storage")
struct CaseworkStorageTests {
    static let portal = LGPSStorage.Actor(id: "portal:1", channel: .portal)

    /// A fund with two members, each holding one record.
    static func setUp(_ db: Database) async throws -> (fund: Fund, a: MemberRecord, b: MemberRecord) {
        let fund = try await Fixtures.fund(db)
        let employer = try await db.repositories.employers.create(Fixtures.employer(fundID: fund.id), actor: Fixtures.staff)
        var records: [MemberRecord] = []
        for (surname, nino, number) in [("Smith", "QQ123456C", "M1"), ("Jones", "QQ654321C", "M2")] {
            let person = try await db.repositories.people.create(
                Fixtures.person(fundID: fund.id, surname: surname, nino: nino), actor: Fixtures.staff)
            records.append(try await db.repositories.records.create(
                Fixtures.memberRecord(fundID: fund.id, personID: person.id, employerID: employer.id, memberNumber: number),
                actor: Fixtures.staff))
        }
        return (fund, records[0], records[1])
    }

    static func task(_ record: MemberRecord, kind: TaskKind = .message, at: Timestamp) -> WorkTask {
        WorkTask(id: 0, fundID: record.record.fundID, personID: record.record.personID, recordID: record.record.id,
                 kind: kind, status: .open, subject: "Transfer value quote", createdAt: at, updatedAt: at,
                 channel: .portal, assignedTo: nil)
    }

    static func message(_ body: String, fundID: Int64, at: Timestamp) -> TaskMessage {
        TaskMessage(id: 0, taskID: 0, fundID: fundID, fromMember: true, author: "Jane Smith", body: body, createdAt: at)
    }

    /// The member holding `record` sends `body`: a task and its first message.
    static func send(_ body: String, about record: MemberRecord, at: Timestamp, db: Database) async throws -> WorkTask {
        try await db.repositories.casework.createTask(task(record, at: at),
                                                      firstMessage: message(body, fundID: record.record.fundID, at: at),
                                                      actor: portal)
    }

    @Test("A message creates a task, its first message and an audit entry together (AUDIT-2)", arguments: Backend.all)
    func createsTaskWithMessage(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, a, _) = try await Self.setUp(db)
            let at = db.clock.now()
            let casework = db.repositories.casework
            let task = try await Self.send("Please send a quote", about: a, at: at, db: db)
            #expect(task.id > 0)
            let messages = try await casework.messages(fundID: fund.id, taskID: task.id)
            #expect(messages.map(\.body) == ["Please send a quote"])
            #expect(messages.first?.fromMember == true)
            let history = try await db.repositories.audit.history(fundID: fund.id, entity: "work_task",
                                                                  entityID: task.id, limit: 5)
            #expect(history.map(\.action) == ["create"])
            #expect(history.first?.actor.channel == .portal)
            #expect(try await db.repositories.audit.verify().isIntact)
        }
    }

    @Test("A failed first message leaves no task behind (one transaction)", arguments: Backend.all)
    func rollsBackTogether(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, a, _) = try await Self.setUp(db)
            let at = db.clock.now()
            var task = Self.task(a, at: at)
            task.personID = 999_999  // no such person: the insert fails inside the transaction
            await #expect(throws: (any Error).self) {
                _ = try await db.repositories.casework.createTask(
                    task, firstMessage: Self.message("x", fundID: fund.id, at: at), actor: Self.portal)
            }
            #expect(try await db.repositories.casework.queue(fundID: fund.id, statuses: TaskStatus.allCases,
                                                             page: 1, pageSize: 10).total == 0)
        }
    }

    @Test("Members read only their own tasks and documents; staff only their fund's (AC-3, AC-6)", arguments: Backend.all)
    func scoping(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, a, b) = try await Self.setUp(db)
            let other = try await Fixtures.fund(db, code: "OTH")
            let at = db.clock.now()
            let casework = db.repositories.casework
            let task = try await Self.send("Hello", about: a, at: at, db: db)
            let document = MemberDocument(id: 0, fundID: fund.id, personID: a.record.personID, recordID: a.record.id,
                                          taskID: 0, originalName: "birth.pdf", mediaType: "application/pdf",
                                          byteCount: 15, sha256: String(repeating: "0", count: 64),
                                          storageKey: String(repeating: "a", count: 32), status: .received, createdAt: at)
            let (_, stored) = try await casework.createTask(Self.task(a, kind: .document, at: at), document: document,
                                                            actor: Self.portal)
            #expect(try await casework.task(fundID: fund.id, personID: a.record.personID, id: task.id) == task)
            #expect(try await casework.task(fundID: fund.id, personID: b.record.personID, id: task.id) == nil)
            #expect(try await casework.task(fundID: other.id, id: task.id) == nil)
            #expect(try await casework.tasks(fundID: fund.id, personID: b.record.personID).isEmpty)
            #expect(try await casework.tasks(fundID: fund.id, personID: a.record.personID).count == 2)
            #expect(try await casework.document(fundID: fund.id, personID: a.record.personID, id: stored.id) == stored)
            #expect(try await casework.document(fundID: fund.id, personID: b.record.personID, id: stored.id) == nil)
            #expect(try await casework.document(fundID: other.id, personID: nil, id: stored.id) == nil)
            #expect(try await casework.documentUsage(fundID: fund.id, personID: a.record.personID)
                    == DocumentUsage(count: 1, bytes: 15))
            #expect(try await casework.documentUsage(fundID: fund.id, personID: b.record.personID)
                    == DocumentUsage(count: 0, bytes: 0))
            let queue = try await casework.queue(fundID: fund.id, statuses: [.open], page: 1, pageSize: 10)
            #expect(queue.items.map(\.task.id) == [task.id, stored.taskID])  // oldest first
            #expect(queue.items.first?.memberName == "Jane Mary Smith")
            #expect(queue.items.first?.memberNumber == "M1")
            #expect(try await casework.queue(fundID: other.id, statuses: [.open], page: 1, pageSize: 10).total == 0)
        }
    }

    @Test("Replies join the conversation; status changes are audited and leave the queue when done", arguments: Backend.all)
    func repliesAndStatus(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, a, _) = try await Self.setUp(db)
            let other = try await Fixtures.fund(db, code: "OTH")
            let at = db.clock.now()
            let casework = db.repositories.casework
            let task = try await Self.send("Hello", about: a, at: at, db: db)
            let later = db.clock.now()
            _ = try await casework.addMessage(TaskMessage(id: 0, taskID: task.id, fundID: fund.id, fromMember: false,
                                                          author: "Alice Officer", body: "Quote attached",
                                                          createdAt: later), actor: Fixtures.staff)
            #expect(try await casework.messages(fundID: fund.id, taskID: task.id).map(\.body) == ["Hello", "Quote attached"])
            #expect(try await casework.task(fundID: fund.id, id: task.id)?.updatedAt == later)
            await #expect(throws: StorageError.notFound) {
                _ = try await casework.addMessage(TaskMessage(id: 0, taskID: task.id, fundID: other.id, fromMember: false,
                                                              author: "Mallory", body: "x", createdAt: later),
                                                  actor: Fixtures.staff)
            }
            #expect(try await casework.setStatus(fundID: other.id, taskID: task.id, to: .done, actor: Fixtures.staff) == nil)
            let done = try await casework.setStatus(fundID: fund.id, taskID: task.id, to: .done, actor: Fixtures.staff)
            #expect(done?.status == .done)
            let history = try await db.repositories.audit.history(fundID: fund.id, entity: "work_task",
                                                                  entityID: task.id, limit: 5)
            #expect(history.map(\.action) == ["status", "create"])
            #expect(history.first?.after == #"{"status":"done"}"#)
            #expect(try await casework.queue(fundID: fund.id, statuses: [.open, .inProgress], page: 1, pageSize: 10).total == 0)
        }
    }

    @Test("Assigning is audited and filters the queue; completed tasks list newest first; a member's reply reopens one",
          arguments: Backend.all)
    func assignAndReopen(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let (fund, a, b) = try await Self.setUp(db)
            let other = try await Fixtures.fund(db, code: "OTH")
            let casework = db.repositories.casework
            let first = try await Self.send("First", about: a, at: db.clock.now(), db: db)
            let second = try await Self.send("Second", about: b, at: db.clock.now(), db: db)
            #expect(try await casework.assign(fundID: other.id, taskID: first.id, to: "staff:1", actor: Fixtures.staff) == nil)
            #expect(try await casework.assign(fundID: fund.id, taskID: first.id, to: "staff:1", actor: Fixtures.staff)?
                .assignedTo == "staff:1")
            let mine = try await casework.queue(fundID: fund.id, statuses: [.open, .inProgress], assignedTo: "staff:1",
                                                page: 1, pageSize: 10)
            #expect(mine.items.map(\.task.id) == [first.id])
            #expect(try await casework.queue(fundID: fund.id, statuses: [.open], assignedTo: "staff:2", page: 1,
                                             pageSize: 10).total == 0)
            let history = try await db.repositories.audit.history(fundID: fund.id, entity: "work_task",
                                                                  entityID: first.id, limit: 5)
            #expect(history.first?.action == "assign" && history.first?.after == #"{"assigned_to":"staff:1"}"#)
            #expect(try await casework.assign(fundID: fund.id, taskID: first.id, to: nil, actor: Fixtures.staff)?
                .assignedTo == nil)
            _ = try await casework.setStatus(fundID: fund.id, taskID: first.id, to: .done, actor: Fixtures.staff)
            _ = try await casework.setStatus(fundID: fund.id, taskID: second.id, to: .done, actor: Fixtures.staff)
            let done = try await casework.queue(fundID: fund.id, statuses: [.done], assignedTo: nil, page: 1, pageSize: 10)
            #expect(done.items.map(\.task.id) == [second.id, first.id])  // most recently updated first
            // A staff note does not reopen it; the member's reply does, audited as the member's.
            _ = try await casework.addMessage(Self.staffNote(first, at: db.clock.now()), actor: Fixtures.staff)
            #expect(try await casework.task(fundID: fund.id, id: first.id)?.status == .done)
            _ = try await casework.addMessage(TaskMessage(id: 0, taskID: first.id, fundID: fund.id, fromMember: true,
                                                          author: "Member", body: "One more thing",
                                                          createdAt: db.clock.now()), actor: Self.member)
            #expect(try await casework.task(fundID: fund.id, id: first.id)?.status == .open)
            let reopened = try await db.repositories.audit.history(fundID: fund.id, entity: "work_task",
                                                                   entityID: first.id, limit: 1)
            #expect(reopened.first?.after == #"{"status":"open"}"# && reopened.first?.actor.channel == .portal)
        }
    }

    static let member = LGPSStorage.Actor(id: "portal:1", channel: .portal)

    static func staffNote(_ task: WorkTask, at: Timestamp) -> TaskMessage {
        TaskMessage(id: 0, taskID: task.id, fundID: task.fundID, fromMember: false, author: "Alice Officer",
                    body: "Closing note", createdAt: at)
    }

    @Test("The document store writes under a random key outside the web root and reads it back (FILE-5)")
    func documentStore() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lgps-docs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = DocumentStore(directory: directory)
        let bytes = Array("%PDF-1.4\n%%EOF\n".utf8)
        let stored = try store.write(bytes)
        #expect(DocumentStore.isKey(stored.key))
        #expect(stored.byteCount == 15)
        #expect(try store.read(key: stored.key) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [stored.key])  // no temp file left
        #expect(throws: DocumentStoreError.missing) { try store.read(key: "../../etc/passwd") }
        #expect(DocumentStore(besideDatabase: .sqlite(path: "/srv/lgps/data/openlgps.sqlite")).directory
                == "/srv/lgps/data/uploads")
    }
}
