import Foundation

/// One option a stage accepts: its YAML key, type, default and help text.
public struct OptionSpec: Sendable {
  public enum ValueType: String, Sendable {
    case bool, int, number, string
    /// A file path; a relative path is resolved against the folder of the pipeline file naming it.
    case path
    case stringList = "list of strings"
  }
  public var key: String
  public var type: ValueType
  public var defaultValue: JSONValue
  public var help: String
  /// For string options with a fixed set of values.
  public var choices: [String]?

  public init(_ key: String, _ type: ValueType, default defaultValue: JSONValue, help: String, choices: [String]? = nil) {
    self.key = key
    self.type = type
    self.defaultValue = defaultValue
    self.help = help
    self.choices = choices
  }

  /// The shape of a switch every cleaning rule has.
  public static func enabled(_ help: String = "run this rule") -> OptionSpec {
    OptionSpec("enabled", .bool, default: .bool(true), help: help)
  }
}

/// Validated option values, defaults filled in.
///
/// Options built from specs remember the declared keys: reading any other key returns the type's empty
/// value as before, and is recorded in `undeclaredReads` so a test can catch a misspelt key (a stage that
/// reads `max_lenght` would otherwise silently get 0).
public struct StageOptions: Sendable {
  public private(set) var values: [String: JSONValue]
  /// The keys a stage declared; `nil` for options made from bare values.
  public let declaredKeys: Set<String>?
  private let reads = UndeclaredReads()

  public init(_ values: [String: JSONValue] = [:]) {
    self.values = values
    declaredKeys = nil
  }

  /// Fills in defaults for keys not given.
  public init(specs: [OptionSpec], given: [String: JSONValue]) {
    var v = given
    for spec in specs where v[spec.key] == nil { v[spec.key] = spec.defaultValue }
    values = v
    declaredKeys = Set(specs.map(\.key))
  }

  /// The keys read so far that the stage never declared, sorted.
  public var undeclaredReads: [String] { reads.keys }

  private func value(_ key: String) -> JSONValue? {
    if let declaredKeys, !declaredKeys.contains(key) { reads.record(key) }
    return values[key]
  }

  public func bool(_ key: String) -> Bool {
    if case .bool(let b)? = value(key) { return b }
    return false
  }

  public func int(_ key: String) -> Int { value(key)?.intValue ?? 0 }

  public func number(_ key: String) -> Double { value(key)?.doubleValue ?? 0 }

  public func string(_ key: String) -> String? { value(key)?.stringValue }

  public func strings(_ key: String) -> [String] {
    value(key)?.arrayValue?.compactMap(\.stringValue) ?? []
  }
}

/// The undeclared keys one `StageOptions` was asked for (a reference, so the non-mutating readers can
/// record; locked, since options are `Sendable`).
private final class UndeclaredReads: @unchecked Sendable {
  private let lock = NSLock()
  private var read: Set<String> = []

  func record(_ key: String) {
    lock.lock()
    read.insert(key)
    lock.unlock()
  }

  var keys: [String] {
    lock.lock()
    defer { lock.unlock() }
    return read.sorted()
  }
}
