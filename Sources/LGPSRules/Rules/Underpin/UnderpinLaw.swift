/// Citations shared by the underpin rules. The regulations in force are SI 2014/525 regs. 4A–4U as inserted by
/// SI 2023/972; the paragraph wording used here is that of the 2020 draft (seed 003 Annex B, reg. 4 paragraphs),
/// whose terms the final law kept (lgps-rules.md §10).
enum UnderpinLaw {
    static let inForce = "SI 2014/525 regs. 4A–4U (SI 2023/972)"

    /// `SI 2014/525 regs. 4A–4U (SI 2023/972); draft reg. 4(<paragraph>), seed 003 Annex B`.
    static func cite(_ draftParagraph: String) -> String {
        "\(inForce); draft reg. 4(\(draftParagraph)), seed 003 Annex B"
    }
}
