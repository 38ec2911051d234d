import Qingxi

/// Checks a JSON value against the subset of JSON Schema (2020-12) our schemas use: type, const, enum,
/// properties, required, additionalProperties: false, items, oneOf, minimum, minLength, pattern and local
/// `$ref`s to `#/$defs/…`. Returns every violation with its JSON path; empty means valid.
public struct SchemaValidator {
  let root: JSONValue

  public init(schema: JSONValue) { root = schema }

  /// The validator for Qingxi's document record.
  public static func document() throws -> SchemaValidator {
    SchemaValidator(schema: try JSONValue.parse(DocumentSchema.text))
  }

  public func errors(_ value: JSONValue) -> [String] {
    var out: [String] = []
    check(value, root, "$", &out)
    return out
  }

  private func resolve(_ schema: JSONValue) -> JSONValue {
    guard case .string(let ref)? = schema["$ref"], ref.hasPrefix("#/$defs/") else { return schema }
    let name = String(ref.dropFirst("#/$defs/".count))
    return root["$defs"]?[name] ?? schema
  }

  private func typeName(_ v: JSONValue) -> String {
    switch v {
    case .null: "null"
    case .bool: "boolean"
    case .int: "integer"
    case .double: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  private func check(_ v: JSONValue, _ raw: JSONValue, _ path: String, _ out: inout [String]) {
    let schema = resolve(raw)
    if schema["$ref"] != nil, let inner = schema.objectValue {
      var rest = inner
      rest["$ref"] = nil
      check(v, resolve(.object(["$ref": inner["$ref"] ?? .null])), path, &out)
      if !rest.isEmpty { check(v, .object(rest), path, &out) }
      return
    }
    if let variants = schema["oneOf"]?.arrayValue {
      let results = variants.map { variant -> [String] in
        var errors: [String] = []
        check(v, variant, path, &errors)
        return errors
      }
      let passing = results.filter(\.isEmpty).count
      if passing == 0 {
        let closest = results.min { $0.count < $1.count } ?? []
        out.append("\(path): matches no variant of oneOf; closest: \(closest.joined(separator: "; "))")
      } else if passing > 1 {
        out.append("\(path): matches \(passing) variants of oneOf")
      }
    }
    if let type = schema["type"] {
      let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
      let actual = typeName(v)
      let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
      if !ok {
        out.append("\(path): expected \(allowed.joined(separator: "|")), got \(actual)")
        return
      }
    }
    if let c = schema["const"], c != v { out.append("\(path): expected const \(c.serialized())") }
    if let e = schema["enum"]?.arrayValue, !e.contains(v) { out.append("\(path): \(v.serialized()) not in enum") }
    if let min = schema["minimum"]?.doubleValue, let d = v.doubleValue, d < min { out.append("\(path): \(d) < minimum \(min)") }
    if let minLength = schema["minLength"]?.intValue, case .string(let s) = v, s.unicodeScalars.count < minLength {
      out.append("\(path): shorter than \(minLength)")
    }
    if let pattern = schema["pattern"]?.stringValue, case .string(let s) = v {
      if let regex = try? Regex(pattern), (try? regex.wholeMatch(in: s)) == nil, (try? regex.firstMatch(in: s)) == nil {
        out.append("\(path): does not match \(pattern)")
      }
    }
    if case .object(let o) = v {
      let props = schema["properties"]?.objectValue
      for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where o[key] == nil {
        out.append("\(path): missing required `\(key)`")
      }
      for (key, value) in o.pairs {
        if let sub = props?[key] {
          check(value, sub, "\(path).\(key)", &out)
        } else if case .bool(false)? = schema["additionalProperties"] {
          out.append("\(path): unexpected key `\(key)`")
        }
      }
    }
    if case .array(let items) = v, let itemSchema = schema["items"] {
      for (i, item) in items.enumerated() { check(item, itemSchema, "\(path)[\(i)]", &out) }
    }
  }
}
