import LGPSRules
import LGPSStorage

/// `/portal/documents/new`: choose the record and the kind of document, then the file (PDF, JPG or PNG).
struct PortalDocumentNewPage {
    /// The kinds of document a member can send, by the value the form posts.
    static let kinds: [(value: String, label: String)] = [
        ("birth-certificate", "Birth certificate"),
        ("marriage-certificate", "Marriage or civil partnership certificate"),
        ("death-certificate", "Death certificate"),
        ("signed-form", "A form you have signed"),
        ("other", "Something else"),
    ]

    var layout: LayoutModel
    var errors: ErrorSummary?
    var records: RadioGroup
    var documentTypes: RadioGroup
    var fileError: String?
    var fileHint: String

    init(context: StaffRequestContext, records: [RecordSummary], recordID: String, documentType: String,
         errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: "Send us a document", context: context, hasErrors: summary != nil,
                             current: "/portal/messages")
        self.records = RadioGroup.records(records, selected: records.count == 1 ? "\(records[0].recordID)" : recordID,
                                          errors: summary)
        documentTypes = RadioGroup(name: "documentType", legend: "What are you sending?",
                                   options: Self.kinds.map { (value: $0.value, label: $0.label, hint: String?.none) },
                                   selected: documentType, errors: summary)
        fileError = summary?.message(for: "file")
        fileHint = "A PDF, JPG or PNG file, smaller than 10 MB. A photo of a certificate is fine if it is clear."
    }
}
