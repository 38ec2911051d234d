extension Document {
  /// The record identifier written in every record's `schema` field.
  public static let schemaID = "qingxi/document@1"

  /// The document as a JSON record in the contract's field order (see `qingxi schema`).
  ///
  /// `keepRemovedText: false` writes `removed[].text` as null to keep records small; offsets stay.
  public func record(keepRemovedText: Bool = true) -> JSONValue {
    var o = JSONObject()
    o["schema"] = .string(Self.schemaID)
    o["id"] = .string(id)
    if let article {
      o["article"] = .object(["index": .int(article.index), "count": .int(article.count)])
    }
    var src = JSONObject()
    src["path"] = .string(source.path)
    src["format"] = .string(source.format)
    src["encoding"] = source.encoding.map(JSONValue.string) ?? .null
    src["bytes"] = .int(source.bytes)
    src["sha256"] = .string(source.sha256)
    if let url = source.url { src["url"] = .string(url) }
    o["source"] = .object(src)
    o["lang"] = .string(lang.rawValue)
    o["title"] = title.map(JSONValue.string) ?? .null
    o["published"] = published.map(JSONValue.string) ?? .null
    o["text"] = .string(text)
    o["blocks"] = .array(blocks.map { .object(["start": .int($0.start), "end": .int($0.end), "kind": .string($0.kind.rawValue)]) })
    o["sentences"] = .array(
      sentences.map {
        .object([
          "start": .int($0.start), "end": .int($0.end), "lang": .string($0.lang.rawValue),
          "runs": .array($0.runs.map { .object(["start": .int($0.start), "end": .int($0.end), "lang": .string($0.lang.rawValue)]) }),
        ])
      })
    if let tokens {
      o["tokens"] = .array(tokens.map { .object(["start": .int($0.start), "end": .int($0.end)]) })
    }
    o["entities"] = .array(
      entities.map {
        .object([
          "type": .string($0.type.rawValue), "text": .string($0.text), "start": .int($0.start), "end": .int($0.end),
          "value": $0.value.json,
        ])
      })
    o["cases"] = .array(cases.map(\.json))
    let sortedRemovals = removed.enumerated().sorted {
      ($0.element.rawStart, $0.element.rawEnd, $0.offset) < ($1.element.rawStart, $1.element.rawEnd, $1.offset)
    }.map(\.element)
    o["removed"] = .array(
      sortedRemovals.map { r -> JSONValue in
        var o = JSONObject([
          ("kind", .string(r.kind)), ("rule", .string(r.rule)), ("text", keepRemovedText ? .string(r.text) : .null),
          ("raw_start", .int(r.rawStart)), ("raw_end", .int(r.rawEnd)),
        ])
        if let reason = r.reason { o["reason"] = .string(reason) }
        return .object(o)
      })
    o["meta"] = .object(JSONObject(meta.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
    return .object(o)
  }
}
