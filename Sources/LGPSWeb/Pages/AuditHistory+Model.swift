import Foundation
import LGPSStorage

/// The change history table shown at the foot of person and record pages (AUDIT-1).
struct AuditHistoryModel {
    struct Entry {
        var at: String
        var who: String
        var channel: String
        var action: String
        var before: String
        var after: String
    }

    var subject: String
    var entries: [Entry]
    var hasEntries: Bool

    init(subject: String, entries: [AuditEntry]) {
        self.subject = subject
        self.entries = entries.map {
            Entry(at: Formatting.timestamp($0.at), who: $0.actor.id, channel: $0.actor.channel.label,
                  action: "\(AuditHistoryModel.label(entity: $0.entity)): \($0.action)", before: $0.before ?? "", after: $0.after ?? "")
        }
        hasEntries = !entries.isEmpty
    }
}

extension AuditHistoryModel {
    /// What an audit entity is called on screen.
    static func label(entity: String) -> String {
        switch entity {
        case "person": return "Personal details"
        case "nomination": return "Nominations"
        case "pension_record": return "Record"
        default: return entity.replacingOccurrences(of: "_", with: " ").capitalizedFirst
        }
    }
}

extension String {
    /// `update` becomes `Update`.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
