import ArgumentParser

/// `lgps statements ...`: annual benefit statements.
struct StatementsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "statements", abstract: "Annual benefit statements.",
                                                    subcommands: [StatementsRunCommand.self, StatementsManifestCommand.self,
                                                                  StatementsExtractCommand.self])
}
