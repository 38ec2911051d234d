import Qingxi

/// A prison sentence as records give it. Group records (one term over several defendants, with a range and
/// a count) and a `status` (first instance, upheld, changed on appeal) are read when present.
public struct PrisonTermRecord: Sendable, Hashable {
  /// `fixed`, `life`, `death`, or a kind a later contract adds.
  public var kind: String
  /// Length of a fixed term in months; nil for life, death and ranges.
  public var months: Int?
  public var probationMonths: Int?
  public var reprieve: Bool
  /// Bounds of a range over several defendants (`min`/`max` or `min_months`/`max_months`).
  public var minMonths: Int?
  public var maxMonths: Int?
  /// Number of defendants a range is over (`defendant_count`, or `count`).
  public var count: Int?
  public var status: String?
  /// The proceeding that gave the term when the record says (`first`, `appeal`, `retrial`, `review`).
  public var instance: String?

  public init(
    kind: String, months: Int? = nil, probationMonths: Int? = nil, reprieve: Bool = false, minMonths: Int? = nil,
    maxMonths: Int? = nil, count: Int? = nil, status: String? = nil, instance: String? = nil
  ) {
    self.kind = kind
    self.months = months
    self.probationMonths = probationMonths
    self.reprieve = reprieve
    self.minMonths = minMonths
    self.maxMonths = maxMonths
    self.count = count
    self.status = status
    self.instance = instance
  }

  public init?(json: JSONValue) {
    guard let kind = json.string("kind") else { return nil }
    self.init(
      kind: kind, months: json.count("months"), probationMonths: json.count("probation_months"),
      reprieve: json.bool("reprieve") ?? false, minMonths: json.count("min_months") ?? json.count("min"),
      maxMonths: json.count("max_months") ?? json.count("max"), count: json.count("defendant_count") ?? json.count("count"),
      status: json.string("status"), instance: json.string("instance"))
  }

  /// A fixed term of known length.
  public var isFixedTerm: Bool { kind == "fixed" && months != nil }
  public var isSuspended: Bool { probationMonths != nil }

  /// A range over several defendants (kind `range`, or a fixed kind with bounds and no length).
  public var isRange: Bool { kind == "range" || (months == nil && (minMonths != nil || maxMonths != nil)) }

  /// The fields a report states, for comparing two reports of one sentence.
  var comparable: [String?] {
    [kind, months.map(String.init), probationMonths.map(String.init), reprieve ? "reprieve" : nil, minMonths.map(String.init),
     maxMonths.map(String.init)]
  }

  public var json: JSONValue {
    var o = JSONObject([
      ("kind", .string(kind)), ("months", months.map(JSONValue.int) ?? .null),
      ("probation_months", probationMonths.map(JSONValue.int) ?? .null), ("reprieve", .bool(reprieve)),
    ])
    if let minMonths { o["min_months"] = .int(minMonths) }
    if let maxMonths { o["max_months"] = .int(maxMonths) }
    if let count { o["count"] = .int(count) }
    if let status { o["status"] = .string(status) }
    if let instance { o["instance"] = .string(instance) }
    return .object(o)
  }
}
