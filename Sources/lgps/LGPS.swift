import ArgumentParser

/// `lgps`: the OpenLGPS command-line tool. Each subcommand reads its options and calls a library.
@main
struct LGPS: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lgps",
        abstract: "OpenLGPS: administration for a Local Government Pension Scheme fund.",
        subcommands: [DemoCommand.self, ServeCommand.self, MigrateCommand.self, GenerateCommand.self, PayrollCommand.self, AllowanceCommand.self,
                      DocumentsCommand.self,
                      StaffCommand.self, AuditCommand.self, CalcCommand.self, ProjectCommand.self,
                      ParametersCommand.self, StatementsCommand.self, PortalCommand.self, NotifyCommand.self,
                      BenchCommand.self]
    )
}
