import Foundation

/// Where the module's bundled files are (`Resources/` is copied whole into the bundle).
enum WebResources {
    static var root: String {
        Bundle.module.url(forResource: "Resources", withExtension: nil)?.path ?? Bundle.module.bundlePath + "/Resources"
    }
    static var templatesDirectory: String { root + "/templates" }
    static var stylesheetPath: String { root + "/static/app.css" }
    static var openAPIPath: String { root + "/openapi.json" }

    /// The bytes of a bundled file.
    static func contents(of path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Whether a file exists (for the optional stylesheet override).
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
