/// Drops lines that `qingxi learn-boilerplate` found repeated across many documents of the same site
/// (kind `boilerplate`): the site's own header, footer, share and subscription lines that no general rule
/// knows. The table (option `table`, a file written by `learn-boilerplate`) lists per host
/// (`BoilerplateHost`: the URL's host, else the input's folder or JSON Lines file) the `LineKey` hashes of
/// such lines; a line of this document's host whose key is listed goes, with the reason
/// `seen in 40 of 50 documents of news.example.com`. A document every one of whose lines is listed is left
/// alone: that is a page the table was learned from many copies of, not chrome around an article.
///
/// Off in the default pipeline; `Pipelines/nightly.yaml` runs it just before `drop-boilerplate`, and
/// `learn-boilerplate` counts lines as they are at that point, so both hash the same text.
///
///     (host news.example.com, table: 首页 | 新闻 | 体育 in 48 of 50, 扫码关注我们 in 50 of 50)
///     首页 | 新闻 | 体育
///     市政府昨日召开会议……
///     扫码关注我们
///   →
///     市政府昨日召开会议……
public struct DropLearnedBoilerplate: TextCleaner {
  public static let name = "drop-learned-boilerplate"
  public static let summary = "drop lines learned as a site's boilerplate by `qingxi learn-boilerplate` (a table file)"
  public static let options: [OptionSpec] = [
    OptionSpec("table", .path, default: .string(""), help: "the table written by `qingxi learn-boilerplate`; relative to the pipeline file"),
    OptionSpec.enabled(),
  ]
  /// The stage `Pipelines/nightly.yaml` runs this one before.
  public static let runsBefore = "drop-boilerplate"

  public let enabled: Bool
  public let table: BoilerplateTable

  public init(options: StageOptions) throws(OptionError) {
    enabled = options.bool("enabled")
    guard let path = options.string("table"), !path.isEmpty else {
      throw OptionError(key: "table", message: "give the table file written by `qingxi learn-boilerplate`")
    }
    do {
      table = try BoilerplateTable(path: path)
    } catch {
      throw OptionError(key: "table", message: error.message)
    }
  }

  public init(table: BoilerplateTable) {
    enabled = true
    self.table = table
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let hostName = BoilerplateHost.key(for: doc)
    guard let host = table.hosts[hostName], !host.lines.isEmpty else { return [] }
    let s = doc.scalars
    var edits: [TextEdit] = []
    var kept = false
    for line in s.lines() where !line.isBlank {
      guard let h = LineKey.hash(s, line.content, maxScalars: table.maxLineScalars), let count = host.lines[h] else {
        kept = true
        continue
      }
      edits.append(
        .remove(
          line.withBreak, rule: Self.name, kind: "boilerplate",
          reason: "seen in \(count) of \(host.documents) documents of \(hostName)"))
    }
    return kept ? edits : []
  }
}
