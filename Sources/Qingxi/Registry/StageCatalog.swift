/// The text `qingxi stages` prints: every registered stage with its kind, summary and options.
public enum StageCatalog {
  public static func text() -> String {
    var lines: [String] = []
    for type in StageRegistry.all {
      lines.append("\(type.name) (\(type.kind))")
      lines.append("    \(type.summary)")
      for spec in type.options {
        let choices = spec.choices.map { " [\($0.joined(separator: "|"))]" } ?? ""
        lines.append("    \(spec.key): \(spec.type.rawValue) = \(spec.defaultValue.serialized())\(choices)  \(spec.help)")
      }
    }
    return lines.joined(separator: "\n")
  }
}
