import ArgumentParser
import Foundation
import LGPSParameters
import LGPSRules

/// `lgps project SCENARIO.yaml [--json]`: projects a described member under the scenario's assumptions
/// (format: docs/scenarios.md) and prints the year-by-year figures and the underpin comparison.
struct ProjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "project",
                                                    abstract: "Project a described member's benefits from a scenario file.")
    @OptionGroup var parameterOptions: ParameterOptions
    @Argument(help: "Scenario file (YAML).") var scenario: String
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() async throws {
        let text: String
        do {
            text = try String(contentsOfFile: scenario, encoding: .utf8)
        } catch {
            throw ValidationError("Cannot read \(scenario): \(error.localizedDescription)")
        }
        let parsed: Scenario
        do {
            parsed = try ScenarioFile.parse(text, path: scenario)
        } catch let error as ScenarioError {
            throw ValidationError(error.description)
        }
        let projection = try ProjectionEngine(parameters: try parameterOptions.load()).project(parsed)
        print(json ? try JSONText.encode(projection) : projection.report)
    }
}
