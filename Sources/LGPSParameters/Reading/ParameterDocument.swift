import Foundation
import Yams

/// One parameter file read from disk and parsed into a YAML node tree (JSON files parse as YAML too).
struct ParameterDocument {
    /// The path used in messages.
    let file: String
    /// The path below the parameter directory, such as `care/revaluation.yaml`: files with the same relative path
    /// in later directories add to (or replace dated values of) the earlier one.
    let relativePath: String
    /// The parsed file.
    let root: NodeCursor

    /// Reads and parses `url`; a syntax error becomes a problem with the line and column Yams reports.
    static func read(_ url: URL, relativePath: String) -> Result<ParameterDocument, ParameterProblem> {
        let file = url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            return .failure(ParameterProblem(file: file, message: "cannot be read: \(error.localizedDescription)"))
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return .failure(ParameterProblem(file: file, line: 1, column: 1, message: "the file is empty"))
            }
            return .success(ParameterDocument(file: file, relativePath: relativePath,
                                              root: NodeCursor(node: node, file: file, key: "")))
        } catch let error as YamlError {
            return .failure(problem(from: error, file: file))
        } catch {
            return .failure(ParameterProblem(file: file, message: "is not valid YAML: \(error)"))
        }
    }

    /// Translates a Yams error into a problem at its mark.
    static func problem(from error: YamlError, file: String) -> ParameterProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return ParameterProblem(file: file, line: mark.line, column: mark.column,
                                    message: "is not valid YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ParameterProblem(file: file, line: context.mark.line, column: context.mark.column,
                                    message: "the key \(duplicates.joined(separator: ", ")) appears more than once")
        default:
            return ParameterProblem(file: file, message: "is not valid YAML: \(error)")
        }
    }
}
