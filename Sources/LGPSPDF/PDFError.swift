/// Why a statement could not be turned into a PDF.
public enum PDFError: Error, Sendable, Equatable {
    /// The renderer could not be started, stopped answering, or exited while a render was in flight.
    case rendererUnavailable(String)
    /// Chromium answered a DevTools call with an error; the payload names the call and quotes Chromium's message.
    case renderFailed(String)
    /// The document date was not a real calendar date written `YYYY-MM-DD`.
    case invalidDocumentDate(String)
}
