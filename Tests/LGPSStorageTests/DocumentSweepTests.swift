import Foundation
import LGPSRules
import Testing
@testable import LGPSStorage

/// Files left in the document store by an upload whose rows were never committed are removed once they are old
/// enough; files a member document or P60 refers to, young files and files the store did not make stay.
@Suite("Document store sweep")
struct DocumentSweepTests {
    @Test("Orphans and partial writes older than the cut-off go; referenced, recent and foreign files stay",
          arguments: Backend.all)
    func sweep(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lgps-sweep-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let store = DocumentStore(directory: directory)
            let (fund, a, _) = try await CaseworkStorageTests.setUp(db)
            let at = db.clock.now()
            let kept = try store.write(Array("%PDF-1.4 kept".utf8))
            let payslip = try store.write(Array("%PDF-1.4 payslip".utf8))
            let orphan = try store.write(Array("%PDF-1.4 orphan".utf8))
            let partial = String(repeating: "b", count: 32) + ".partial"
            FileManager.default.createFile(atPath: directory + "/" + partial, contents: Data("half".utf8))
            FileManager.default.createFile(atPath: directory + "/notes.txt", contents: Data("not ours".utf8))
            let document = MemberDocument(id: 0, fundID: fund.id, personID: a.record.personID, recordID: a.record.id,
                                          taskID: 0, originalName: "birth.pdf", mediaType: "application/pdf",
                                          byteCount: kept.byteCount, sha256: kept.sha256, storageKey: kept.key,
                                          status: .received, createdAt: at)
            _ = try await db.repositories.casework.createTask(CaseworkStorageTests.task(a, kind: .document, at: at),
                                                              document: document, actor: CaseworkStorageTests.portal)
            _ = try await db.repositories.payrollDocuments.add(
                [PayrollDocument(id: 0, fundID: fund.id, personID: a.record.personID, recordID: a.record.id, kind: .payslip,
                                 period: "2025-10", byteCount: payslip.byteCount, sha256: payslip.sha256,
                                 storageKey: payslip.key, createdAt: at, createdBy: "tests")], actor: Fixtures.staff)
            #expect(try await DocumentSweep.knownKeys(db) == [kept.key, payslip.key])
            // Nothing is old enough yet.
            #expect(try store.sweep(known: try await DocumentSweep.knownKeys(db), writtenBefore: Timestamp(microseconds: 0)).isEmpty)
            let later = Timestamp(microseconds: Int64(Date().timeIntervalSince1970 * 1_000_000) + 60_000_000)
            let removed = try store.sweep(known: try await DocumentSweep.knownKeys(db), writtenBefore: later)
            #expect(Set(removed) == [orphan.key, partial])
            #expect(try store.read(key: kept.key) == Array("%PDF-1.4 kept".utf8))
            #expect(try store.read(key: payslip.key) == Array("%PDF-1.4 payslip".utf8))
            #expect(throws: DocumentStoreError.missing) { try store.read(key: orphan.key) }
            #expect(FileManager.default.fileExists(atPath: directory + "/notes.txt"))
        }
    }
}
