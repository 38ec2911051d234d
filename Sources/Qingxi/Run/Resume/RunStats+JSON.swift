/// `RunStats` as JSON and back, exactly (stage times to the nanosecond): how a run's manifest keeps each
/// committed chunk's counts, so a resumed run adds up to the same totals as one uninterrupted.
extension RunStats {
  public func manifestJSON() -> JSONValue {
    func counts(_ d: [String: Int]) -> JSONValue {
      .object(JSONObject(d.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }))
    }
    func strings(_ a: [String]) -> JSONValue { .array(a.map { .string($0) }) }
    var o = JSONObject()
    o["inputs"] = .int(inputs)
    o["documents"] = .int(documents)
    o["documents_written"] = .int(documentsWritten)
    o["documents_skipped"] = .int(documentsSkipped)
    o["documents_rejected"] = .int(documentsRejected)
    o["records_written"] = .int(recordsWritten)
    o["rejected"] = .array(rejected.map { $0.json() })
    o["bytes"] = .int(bytes)
    o["timings"] = .array(
      timings.order.map { name in
        let d = timings.totals[name] ?? .zero
        let nanos = d.components.seconds * 1_000_000_000 + d.components.attoseconds / 1_000_000_000
        return .array([.string(name), .int(Int(nanos))])
      })
    o["removed_by_kind"] = counts(removedByKind)
    o["removed_by_rule"] = counts(removedByRule)
    o["entities"] = counts(entitiesByType)
    o["cases"] = .int(cases)
    o["duplicate_ids"] = .int(duplicateIDs)
    o["duplicate_id_examples"] = strings(duplicateIDExamples)
    o["skipped_duplicates"] = .int(skippedDuplicates)
    o["skipped_duplicate_examples"] = strings(skippedDuplicateExamples)
    o["skipped_records"] = counts(skippedRecords)
    o["unparsed_published"] = .int(unparsedPublished)
    o["unparsed_published_examples"] = strings(unparsedPublishedExamples)
    return .object(o)
  }

  /// The stats `manifestJSON()` wrote, or nil if `json` is not such an object.
  public init?(manifestJSON json: JSONValue) {
    guard case .object(let o) = json else { return nil }
    func int(_ key: String) -> Int? { o[key]?.intValue }
    func counts(_ key: String) -> [String: Int]? {
      guard let obj = o[key]?.objectValue else { return nil }
      var d: [String: Int] = [:]
      for (k, v) in obj.pairs {
        guard let n = v.intValue else { return nil }
        d[k] = n
      }
      return d
    }
    func strings(_ key: String) -> [String]? {
      guard let a = o[key]?.arrayValue else { return nil }
      let s = a.compactMap(\.stringValue)
      return s.count == a.count ? s : nil
    }
    guard let inputs = int("inputs"), let documents = int("documents"), let written = int("documents_written"),
      let skippedDocs = int("documents_skipped"), let rejectedDocs = int("documents_rejected"),
      let records = int("records_written"), let bytes = int("bytes"), let cases = int("cases"),
      let dups = int("duplicate_ids"), let skipped = int("skipped_duplicates"),
      let byKind = counts("removed_by_kind"), let byRule = counts("removed_by_rule"), let entities = counts("entities"),
      let dupExamples = strings("duplicate_id_examples"), let skipExamples = strings("skipped_duplicate_examples"),
      let rejectedList = o["rejected"]?.arrayValue, let timingList = o["timings"]?.arrayValue
    else { return nil }
    self.init()
    self.inputs = inputs
    self.documents = documents
    documentsWritten = written
    documentsSkipped = skippedDocs
    documentsRejected = rejectedDocs
    recordsWritten = records
    self.bytes = bytes
    self.cases = cases
    duplicateIDs = dups
    skippedDuplicates = skipped
    removedByKind = byKind
    removedByRule = byRule
    entitiesByType = entities
    duplicateIDExamples = dupExamples
    skippedDuplicateExamples = skipExamples
    guard let skippedKinds = counts("skipped_records"), let unparsed = int("unparsed_published"),
      let unparsedExamples = strings("unparsed_published_examples")
    else { return nil }
    skippedRecords = skippedKinds
    unparsedPublished = unparsed
    unparsedPublishedExamples = unparsedExamples
    for r in rejectedList {
      guard let input = r["input"]?.stringValue, let id = r["id"]?.stringValue, let stage = r["stage"]?.stringValue,
        let reason = r["reason"]?.stringValue
      else { return nil }
      rejected.append(Rejection(input: input, id: id, stage: stage, reason: reason))
    }
    for t in timingList {
      guard let pair = t.arrayValue, pair.count == 2, let name = pair[0].stringValue, let nanos = pair[1].intValue else {
        return nil
      }
      timings.add(name, .nanoseconds(nanos))
    }
  }
}
