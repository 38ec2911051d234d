import ArgumentParser
import Qingxi

/// `--text-field`, `--html-field`, `--id-field` and the fact fields, for commands reading JSON Lines.
struct InputFieldOptions: ParsableArguments {
  @Option(help: ArgumentHelp("JSON Lines field holding the text (default: text); a dotted path reads nested objects (content.body).", valueName: "name"))
  var textField: String?

  @Option(help: ArgumentHelp("JSON Lines field holding an HTML page, read as an .html file is (instead of --text-field).", valueName: "name"))
  var htmlField: String?

  @Option(help: ArgumentHelp("JSON Lines field holding the id (default: id).", valueName: "name"))
  var idField: String?

  @Option(help: ArgumentHelp("JSON Lines field holding the title (default: title).", valueName: "name"))
  var titleField: String?

  @Option(help: ArgumentHelp("JSON Lines field holding the publication date (default: published); it anchors relative dates.", valueName: "name"))
  var publishedField: String?

  @Option(help: ArgumentHelp("JSON Lines field holding the page URL (default: url).", valueName: "name"))
  var urlField: String?

  @Option(help: ArgumentHelp("JSON Lines field holding the declared language (default: lang).", valueName: "name"))
  var langField: String?

  func validate() throws {
    if textField != nil, htmlField != nil {
      throw ValidationError("give --text-field or --html-field, not both: a record's content is one field")
    }
    _ = try fields()
  }

  /// The fields as the options name them.
  func fields() throws -> JSONLinesFields {
    func path(_ value: String?, _ option: String, default d: FieldPath) throws -> FieldPath {
      guard let value else { return d }
      guard let p = FieldPath(parsing: value) else {
        throw ValidationError("\(option) wants a field name or a dotted path (content.body), not `\(value)`")
      }
      return p
    }
    let d = JSONLinesFields.default
    return JSONLinesFields(
      text: try path(textField, "--text-field", default: d.text),
      html: try htmlField.map { try path($0, "--html-field", default: d.text) },
      id: try path(idField, "--id-field", default: d.id),
      title: try path(titleField, "--title-field", default: d.title),
      published: try path(publishedField, "--published-field", default: d.published),
      url: try path(urlField, "--url-field", default: d.url),
      lang: try path(langField, "--lang-field", default: d.lang))
  }
}
