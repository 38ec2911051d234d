import Qingxi

/// Defensive accessors for reading records back: a missing key, `null` or a value of another type reads as
/// nil, so records written by an older or newer contract version never stop a reader.
extension JSONValue {
  var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  func string(_ key: String) -> String? { self[key]?.stringValue }
  func int(_ key: String) -> Int? { self[key]?.intValue }
  func double(_ key: String) -> Double? { self[key]?.doubleValue }

  /// A count, length or offset: nil when missing or negative, at most 2^48 (far above any real text, and
  /// low enough that sums over millions of records cannot overflow).
  func count(_ key: String) -> Int? {
    guard let i = self[key]?.intValue, i >= 0 else { return nil }
    return Swift.min(i, JSONValue.maxCount)
  }

  static let maxCount = 1 << 48
  func bool(_ key: String) -> Bool? { self[key]?.boolValue }
  func array(_ key: String) -> [JSONValue] { self[key]?.arrayValue ?? [] }
  func strings(_ key: String) -> [String] { array(key).compactMap(\.stringValue) }

  /// The value under `key` unless it is missing or `null`.
  func present(_ key: String) -> JSONValue? {
    guard let v = self[key], v != .null else { return nil }
    return v
  }
}
