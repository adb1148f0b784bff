import Foundation

/// Lists the parameter files (`.yaml`, `.yml`, `.json`) below a directory, by relative path.
enum ParameterDirectory {
    /// Every parameter file below `directory`, sorted by relative path; a missing directory is a problem.
    static func files(in directory: URL) -> Result<[(url: URL, relativePath: String)], ParameterProblem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            return .failure(ParameterProblem(file: directory.path, message: "is not a directory"))
        }
        let base = directory.standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else {
            return .failure(ParameterProblem(file: directory.path, message: "cannot be listed"))
        }
        var found: [(url: URL, relativePath: String)] = []
        for case let relative as String in enumerator {
            let lower = relative.lowercased()
            guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") else { continue }
            found.append((URL(fileURLWithPath: base).appendingPathComponent(relative), relative))
        }
        return .success(found.sorted { $0.relativePath < $1.relativePath })
    }
}
