import LGPSPDF
import ServiceLifecycle

/// Stops the server's PDF renderer (and its Chromium) on graceful shutdown. The renderer starts Chromium only
/// when the first PDF is asked for.
struct PDFRendererService: Service {
    let renderer: PDFRenderer

    func run() async throws {
        try? await gracefulShutdown()
        await renderer.stop()
    }
}
