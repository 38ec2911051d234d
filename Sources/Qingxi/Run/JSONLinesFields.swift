/// Which fields of a JSON Lines record hold what: the content (`text`, or an HTML page), the id, and the
/// facts used as such (`title`, `published`, `url`, `lang`). The defaults read
/// `{"id":…,"text":…,"title":…,"published":…,"url":…,"lang":…}`; `qingxi run --text-field content.body
/// --id-field doc_id` reads other shapes.
///
/// Every field that is not the content or the id used is carried through under `meta`, the facts too, so
/// what a record held is never lost.
public struct JSONLinesFields: Sendable, Equatable {
  /// The document's plain text (ignored when `html` is set).
  public var text: FieldPath
  /// When set, the document is the HTML page in this field, read exactly as an `.html` file (blocks,
  /// boilerplate removal, `<head>` facts); the record's own title, published and url win over the page's.
  public var html: FieldPath?
  /// The document id (a string or an integer; else the line's id `<input>:<line>`).
  public var id: FieldPath
  /// The headline: `title` of the record (the page's or the first heading only when absent).
  public var title: FieldPath
  /// The publication date: `published` of the record, and the anchor of relative dates.
  public var published: FieldPath
  /// The page's URL: `source.url`.
  public var url: FieldPath
  /// The declared language (`zh`, `en-US`, `zh-Hant`…): a hint for the record's `lang`.
  public var lang: FieldPath

  public init(
    text: FieldPath = "text", html: FieldPath? = nil, id: FieldPath = "id", title: FieldPath = "title",
    published: FieldPath = "published", url: FieldPath = "url", lang: FieldPath = "lang"
  ) {
    self.text = text
    self.html = html
    self.id = id
    self.title = title
    self.published = published
    self.url = url
    self.lang = lang
  }

  public static let `default` = JSONLinesFields()

  /// The field the document's content comes from.
  public var content: FieldPath { html ?? text }
}

/// A field of a JSON object named by a key, or by a dotted path into nested objects (`content.body`).
/// A key that itself holds a dot is found first: `a.b` is the key `a.b` when the object has one, else the
/// key `b` of the object under `a`.
public struct FieldPath: Sendable, Equatable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The name as given.
  public let name: String
  private let keys: [String]

  /// Nil for an empty name or one with an empty segment (`a..b`, `.a`).
  public init?(parsing name: String) {
    let keys = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard !name.isEmpty, !keys.contains(where: \.isEmpty) else { return nil }
    self.name = name
    self.keys = keys
  }

  public init(stringLiteral name: String) {
    self.name = name
    keys = name.split(separator: ".").map(String.init)
  }

  public var description: String { name }

  /// The value at this path, or nil when some step is missing or not an object.
  public func value(in object: JSONObject) -> JSONValue? {
    if let v = object[name] { return v }
    guard keys.count > 1 else { return nil }
    var current = object
    for key in keys.dropLast() {
      guard case .object(let inner)? = current[key] else { return nil }
      current = inner
    }
    return keys.last.flatMap { current[$0] }
  }

  /// The object without the field at this path; an object left empty by the removal goes too.
  public func removing(from object: JSONObject) -> JSONObject {
    var out = object
    if out[name] != nil || keys.count < 2 {
      out[name] = nil
      return out
    }
    return Self.remove(keys[...], from: object)
  }

  private static func remove(_ keys: ArraySlice<String>, from object: JSONObject) -> JSONObject {
    var out = object
    guard let key = keys.first else { return out }
    if keys.count == 1 {
      out[key] = nil
    } else if case .object(let inner)? = out[key] {
      let rest = remove(keys.dropFirst(), from: inner)
      out[key] = rest.isEmpty ? nil : .object(rest)
    }
    return out
  }
}
