/// A step as JSON: `{"title", "inputs": [{"label", "value"}], "result", "regulation", "note", "parameter"}`,
/// every value written as the text a person reads (`£1,234.56`, `1/49`, `6.7%`, `5 April 2024`).
extension CalculationStep: Encodable {
    enum Key: String, CodingKey { case title, inputs, result, regulation, note, parameter, isAddend }
    enum InputKey: String, CodingKey { case label, value }
    enum ParameterKey: String, CodingKey { case name, effective, value, reference, href, verification }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(title, forKey: .title)
        var list = c.nestedUnkeyedContainer(forKey: .inputs)
        for input in inputs {
            var item = list.nestedContainer(keyedBy: InputKey.self)
            try item.encode(input.label, forKey: .label)
            try item.encode(input.value.text, forKey: .value)
        }
        try c.encode(result.text, forKey: .result)
        if isAddend { try c.encode(true, forKey: .isAddend) }
        try c.encode(regulation, forKey: .regulation)
        try c.encodeIfPresent(note, forKey: .note)
        if let parameter {
            var p = c.nestedContainer(keyedBy: ParameterKey.self, forKey: .parameter)
            try p.encode(parameter.name, forKey: .name)
            try p.encode(parameter.effective.description, forKey: .effective)
            try p.encode(parameter.value.text, forKey: .value)
            try p.encode(parameter.reference.title, forKey: .reference)
            try p.encodeIfPresent(parameter.reference.href, forKey: .href)
            try p.encode(parameter.verification.rawValue, forKey: .verification)
        }
    }
}
