import Foundation
import LGPSPortal
import LGPSStorage

/// A pensioner's bank details waiting for a member of staff on the task that asks them to check (shown in full
/// to staff, who need the numbers to check them, and only on that task).
struct PendingBankChange {
    var accountName: String
    var sortCode: String
    var accountNumber: String
    var applyAction: String
    var discardAction: String

    /// The change waiting on `task`, or nil when the task is not about bank details or nothing waits any more.
    static func load(task: WorkTask, store: any BankDetailsRepository, cipher: FieldCipher) async throws
        -> PendingBankChange? {
        guard task.kind == .bankDetails,
              let pending = try await store.details(fundID: task.fundID, personID: task.personID, state: .pending),
              pending.taskID == task.id else { return nil }
        let details = try JSONDecoder().decode(BankAccountDetails.self, from: Data(try cipher.open(pending.sealed).utf8))
        return PendingBankChange(accountName: details.accountName, sortCode: details.formattedSortCode,
                                 accountNumber: details.accountNumber,
                                 applyAction: "/work-queue/\(task.id)/bank-details/apply",
                                 discardAction: "/work-queue/\(task.id)/bank-details/discard")
    }
}
