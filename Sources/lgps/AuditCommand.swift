import ArgumentParser
import LGPSStorage

/// `lgps audit verify`: recomputes the hash chain of the audit trail (LOG-7).
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Check the audit trail.",
                                                    subcommands: [Verify.self])

    /// `lgps audit verify`.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Recompute every audit hash and report the first broken entry.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let result = try await withDatabase(database, logger: commandLogger()) { try await $0.repositories.audit.verify() }
            if let broken = result.firstBrokenSequence {
                print("Audit trail BROKEN at entry \(broken) (\(result.entriesChecked) entries checked)")
                throw ExitCode(2)
            }
            print("Audit trail intact: \(result.entriesChecked) entries checked")
        }
    }
}
