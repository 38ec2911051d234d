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
public struct StageOptions: Sendable {
  public private(set) var values: [String: JSONValue]

  public init(_ values: [String: JSONValue] = [:]) { self.values = values }

  /// Fills in defaults for keys not given.
  public init(specs: [OptionSpec], given: [String: JSONValue]) {
    var v = given
    for spec in specs where v[spec.key] == nil { v[spec.key] = spec.defaultValue }
    values = v
  }

  public func bool(_ key: String) -> Bool {
    if case .bool(let b)? = values[key] { return b }
    return false
  }

  public func int(_ key: String) -> Int { values[key]?.intValue ?? 0 }

  public func number(_ key: String) -> Double { values[key]?.doubleValue ?? 0 }

  public func string(_ key: String) -> String? { values[key]?.stringValue }

  public func strings(_ key: String) -> [String] {
    values[key]?.arrayValue?.compactMap(\.stringValue) ?? []
  }
}
