import LGPSStorage

/// Which tasks `/work-queue` shows: everything waiting, what is assigned to the signed-in user, or what is done.
enum WorkQueueView: String, CaseIterable {
    case waiting
    case mine
    case done

    var statuses: [TaskStatus] { self == .done ? [.done] : [.open, .inProgress] }

    var label: String {
        switch self {
        case .waiting: "Waiting"
        case .mine: "Assigned to you"
        case .done: "Completed"
        }
    }

    var href: String { self == .waiting ? "/work-queue" : "/work-queue?view=\(rawValue)" }

    /// "12 tasks waiting" and the like.
    func summary(_ total: Int) -> String {
        let tasks = total == 1 ? "1 task" : "\(total) tasks"
        switch self {
        case .waiting: return "\(tasks) waiting, oldest first"
        case .mine: return "\(tasks) assigned to you and not completed, oldest first"
        case .done: return "\(tasks) completed, most recent first"
        }
    }
}
