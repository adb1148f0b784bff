import LGPSStorage

/// Who a task is assigned to, as the task page says it, and the button that changes it.
struct WorkQueueAssignment {
    var assignedTo: String
    var action: String
    /// "me" to take the task, "nobody" to let it go.
    var to: String
    var button: String

    init(task: WorkTask, user: StaffUser, actorID: String, staff: any StaffUserRepository) async throws {
        action = "/work-queue/\(task.id)/assign"
        switch task.assignedTo {
        case nil:
            assignedTo = "Nobody"
        case actorID:
            assignedTo = "You (\(user.name))"
        case let other?:
            let id = other.hasPrefix(Self.staffPrefix) ? Int64(other.dropFirst(Self.staffPrefix.count)) : nil
            var colleague: StaffUser?
            if let id { colleague = try await staff.get(id: id) }
            assignedTo = colleague.flatMap { $0.fundID == user.fundID ? $0.name : nil } ?? "Another member of staff"
        }
        let mine = task.assignedTo == actorID
        to = mine ? "nobody" : "me"
        button = mine ? "Unassign" : "Assign to me"
    }

    /// How staff actors are named in `assigned_to` (see `StaffPages.actor`).
    static let staffPrefix = "staff:"
}
