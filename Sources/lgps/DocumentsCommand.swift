import ArgumentParser
import LGPSStorage

/// `lgps documents sweep`: removes uploaded files no row refers to (the server also does this when it starts).
struct DocumentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "documents",
                                                    abstract: "Look after the store of uploaded documents.",
                                                    subcommands: [DocumentsSweepCommand.self])
}

/// Files written more than an hour ago that no member document or payroll document refers to are left from an
/// upload that failed part way; they are removed.
struct DocumentsSweepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep", abstract: "Remove uploaded files that no record refers to (older than an hour).")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Where the uploads are kept (default: uploads beside the SQLite database, as lgps serve uses).")
    var documents: String?

    func run() async throws {
        let removed = try await withDatabase(database, logger: commandLogger()) { db in
            let files = documents.map { DocumentStore(directory: $0) } ?? DocumentStore(besideDatabase: db.location)
            return try await DocumentSweep.run(db, store: files, now: db.clock.now())
        }
        print("Removed \(removed.count) files that no record refers to")
    }
}
