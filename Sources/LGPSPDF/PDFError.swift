/// Why a statement could not be turned into a PDF.
public enum PDFError: Error, Sendable, Equatable {
    /// The renderer could not be started or stopped answering.
    case rendererUnavailable(String)
}
