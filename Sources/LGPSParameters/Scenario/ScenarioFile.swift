import LGPSRules
import Yams

/// Reads a scenario file (YAML, format in `docs/scenarios.md`) into a `Scenario`. Every problem is reported
/// with the field's path (`member.hours[1].contractual`) and, for YAML syntax errors, the line and column.
public enum ScenarioFile {
    /// Parses `yaml`; `path` names the file in errors.
    public static func parse(_ yaml: String, path: String) throws -> Scenario {
        let raw: RawScenario
        do {
            raw = try YAMLDecoder().decode(RawScenario.self, from: yaml)
        } catch let error as YamlError {
            throw ScenarioError(path: path, field: nil, message: "\(error)")
        } catch let DecodingError.keyNotFound(key, context) {
            throw ScenarioError(path: path, field: fieldPath(context.codingPath + [key]), message: "is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
                let DecodingError.dataCorrupted(context) {
            if let underlying = context.underlyingError {
                throw ScenarioError(path: path, field: nil, message: "\(underlying)")
            }
            throw ScenarioError(path: path, field: fieldPath(context.codingPath), message: context.debugDescription)
        }
        return try raw.scenario(path: path)
    }

    static func fieldPath(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { text, key in
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
    }
}

/// A problem in a scenario file: the file, the field and what is wrong.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var field: String?
    public var message: String

    public var description: String {
        "\(path): " + (field.map { "\($0) " } ?? "") + message
    }
}
