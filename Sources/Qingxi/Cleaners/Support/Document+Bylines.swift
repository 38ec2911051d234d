extension Document {
  /// Records an outlet the page names as its source. The first becomes `meta.source_name`; when a page
  /// names more than one (glued articles, each with its 据… tail), `meta.source_names` lists every
  /// distinct one in the order found. A `source_name` carried in from the input is kept.
  mutating func recordSource(_ name: String) {
    guard !name.isEmpty else { return }
    guard case .string(let first)? = meta["source_name"] else {
      if meta["source_name"] == nil { meta["source_name"] = .string(name) }
      return
    }
    if first == name, meta["source_names"] == nil { return }
    var all = meta["source_names"]?.arrayValue ?? [.string(first)]
    if !all.contains(.string(name)) { all.append(.string(name)) }
    if all.count > 1 { meta["source_names"] = .array(all) }
  }

  /// Records the facts of a byline: `author`, `editor` and the source; the first of each wins.
  mutating func record(_ fields: [BylineParser.Field]) {
    for field in fields where !field.value.isEmpty {
      switch field.role {
      case .author: if meta["author"] == nil { meta["author"] = .string(field.value) }
      case .editor: if meta["editor"] == nil { meta["editor"] = .string(field.value) }
      case .source: recordSource(field.value)
      case .staff: break
      }
    }
  }
}
