import Foundation

/// Where the module's bundled files are (`Resources/` is copied whole into the bundle).
enum StatementResources {
    static var root: String {
        Bundle.module.url(forResource: "Resources", withExtension: nil)?.path ?? Bundle.module.bundlePath + "/Resources"
    }

    /// The bundled statement templates.
    static var templatesDirectory: String { root + "/templates" }
}
