import ArgumentParser
import Foundation
import LGPSParameters
import LGPSRules

/// `--parameters DIR` (repeatable): a fund's own parameter files, laid over the bundled ones, such as next
/// April's orders. `LGPS_PARAMETERS` (colon-separated directories) does the same for the server.
struct ParameterOptions: ParsableArguments {
    @Option(name: .customLong("parameters"), help: "A directory of the fund's own parameter files (repeatable).")
    var directories: [String] = []

    /// Every directory to lay over the bundled parameters, from the option and the environment.
    var allDirectories: [String] {
        let environment = ProcessInfo.processInfo.environment["LGPS_PARAMETERS"]?
            .split(separator: ":").map(String.init) ?? []
        return environment + directories
    }

    /// Loads the bundled parameters with the fund's directories laid over them.
    func load() throws -> SchemeParameters {
        let loader = ParameterLoader(fundDirectories: allDirectories.map { URL(fileURLWithPath: $0) })
        let result: Result<LoadedParameters, ParameterError> = Result { () throws(ParameterError) in try loader.load() }
        switch result {
        case .success(let loaded): return loaded.scheme
        case .failure(let error): throw ValidationError(error.description)
        }
    }
}
