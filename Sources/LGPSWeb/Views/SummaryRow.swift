/// One row of a summary list (GOV.UK summary list: a key and its value).
struct SummaryRow {
    var key: String
    var value: String
}
