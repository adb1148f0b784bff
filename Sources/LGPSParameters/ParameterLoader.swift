import Foundation
import LGPSRules

/// Loads the bundled parameter files, then any fund directories on top: a fund file at the same relative path
/// adds dated values to that series (a value at the same date replaces the bundled one), so next April's figures
/// are a new YAML file with one dated value, not a code change.
public struct ParameterLoader: Sendable {
    /// The parameter files shipped with OpenLGPS.
    public static var bundledDirectory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("parameters")
    }

    /// Directories read in order, bundled first unless excluded.
    public var directories: [URL]

    /// A loader for the bundled files (unless `includingBundled` is false) followed by `fundDirectories`.
    public init(fundDirectories: [URL] = [], includingBundled: Bool = true) {
        directories = (includingBundled ? [Self.bundledDirectory] : []) + fundDirectories
    }

    /// Reads, checks and decodes every file. The first problem is thrown as `ParameterError.invalidFile` (path,
    /// and line, column and key in the reason); a series the rules need but no file provides is `.missing`.
    public func load() throws(ParameterError) -> LoadedParameters {
        let reading = ParameterReading(directories: directories)
        if let problem = reading.problems.first { throw problem.parameterError }
        let outcome = SchemeParametersAssembler.assemble(reading)
        if let problem = outcome.problems.first { throw problem.parameterError }
        if let missing = outcome.missing.first { throw .missing(parameter: missing) }
        guard let parameters = outcome.parameters else { throw .missing(parameter: "parameters") }
        return parameters
    }
}
