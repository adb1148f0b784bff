import LGPSStorage

/// What the work queue and the member's messages and documents talk to: the tasks, the uploaded files'
/// store (outside the web root, FILE-5) and the upload rules.
public struct CaseworkServices: Sendable {
    /// Tasks, their messages and documents.
    public var tasks: any CaseworkRepository
    /// Where uploaded bytes are kept.
    public var files: DocumentStore
    /// P60s and payslips the payroll issued (their PDFs are in `files` too); nil: none are shown.
    public var payroll: (any PayrollDocumentRepository)?
    /// FILE-1, FILE-3, FILE-7, FILE-8.
    var policy = UploadPolicy()

    /// The services over `tasks`, keeping files in `files`.
    public init(tasks: any CaseworkRepository, files: DocumentStore, payroll: (any PayrollDocumentRepository)? = nil) {
        self.tasks = tasks
        self.files = files
        self.payroll = payroll
    }
}
