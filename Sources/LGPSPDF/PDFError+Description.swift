extension PDFError: CustomStringConvertible {
    /// The reason in words, for logs and error pages.
    public var description: String {
        switch self {
        case .rendererUnavailable(let reason): "PDF renderer unavailable: \(reason)"
        case .renderFailed(let reason): "PDF render failed: \(reason)"
        case .invalidDocumentDate(let text): "not a document date (YYYY-MM-DD): \(text)"
        }
    }
}
