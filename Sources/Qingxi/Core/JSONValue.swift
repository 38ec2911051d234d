/// A JSON value whose objects keep their keys in the order they were built, so records are written in
/// the contract's field order and the same input always gives byte-identical output.
public enum JSONValue: Sendable, Equatable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(JSONObject(pairs.map { ($0.key, $0.value) }))
  }

  public subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var intValue: Int? {
    switch self {
    case .int(let i): return i
    case .double(let d) where d == d.rounded() && abs(d) < 9e15: return Int(d)
    default: return nil
    }
  }

  public var doubleValue: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }

  public var arrayValue: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  public var objectValue: JSONObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// A whole number as `.int`, anything else as `.double` (amounts read `150000000`, not `1.5e8`).
  public static func number(_ d: Double) -> JSONValue {
    if d == d.rounded(), abs(d) < 9e15 { return .int(Int(d)) }
    return .double(d)
  }
}

/// A JSON object with ordered keys.
public struct JSONObject: Sendable, Equatable, Hashable {
  public private(set) var pairs: [(key: String, value: JSONValue)]

  public init(_ pairs: [(String, JSONValue)] = []) {
    self.pairs = pairs.map { (key: $0.0, value: $0.1) }
  }

  public var keys: [String] { pairs.map(\.key) }
  public var isEmpty: Bool { pairs.isEmpty }

  public subscript(key: String) -> JSONValue? {
    get { pairs.first { $0.key == key }?.value }
    set {
      if let i = pairs.firstIndex(where: { $0.key == key }) {
        if let v = newValue { pairs[i].value = v } else { pairs.remove(at: i) }
      } else if let v = newValue {
        pairs.append((key: key, value: v))
      }
    }
  }

  public static func == (a: JSONObject, b: JSONObject) -> Bool {
    a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
  }

  public func hash(into h: inout Hasher) {
    for p in pairs {
      h.combine(p.key)
      h.combine(p.value)
    }
  }
}
