import Foundation
import TextSupport

/// Facts about an HTML page read from its `<head>` and markup: headline, publication time, author,
/// declared language, canonical URL, site name.
///
/// Title: `og:title` (or `twitter:title`), else `<title>`, else the first `<h1>`; a site suffix
/// (`标题_财经_新浪网`, `Title - Reuters`, `Title | Site`) is cut, and when an `<h1>` is the start of the
/// title the `<h1>` is taken. Published: `article:published_time` and its kin, JSON-LD `datePublished`,
/// `pubdate`-style metas, `<time pubdate>`, the first `<time datetime>`; normalized to ISO 8601.
public struct HTMLMetadata: Sendable, Equatable {
  public var title: String?
  public var published: String?
  public var author: String?
  public var lang: String?
  public var canonicalURL: String?
  public var siteName: String?
  public var description: String?

  public init(facts: [(key: String, value: String)], headings: [String]) {
    // Only the keys read below are kept (pages carry dozens of metas), white space collapsed.
    var first: [String: String] = [:]
    var ldJSON: [String] = []
    var times: [String] = []
    for (key, raw) in facts {
      if key == "ld+json" {
        ldJSON.append(raw)
        continue
      }
      guard Self.usedKeys.contains(key) else { continue }
      let value = Self.collapse(raw)
      if key == "time" || key == "time:pubdate" { times.append(value) }
      if first[key] == nil, !value.isEmpty { first[key] = value }
    }
    // JSON-LD is parsed only when the metas lack a date or an author.
    var parsedLD: [JSONValue]? = nil
    func ld() -> [JSONValue] {
      if let parsedLD { return parsedLD }
      let values = ldJSON.prefix(8).compactMap { try? JSONValue.parse($0) }
      parsedLD = values
      return values
    }

    let h1 = headings.first
    let declaredTitle = first["meta:og:title"] ?? first["meta:twitter:title"] ?? first["title"]
    title = Self.headline(declaredTitle ?? h1, h1: h1, pageTitle: first["title"])

    let publishedKeys = Self.publishedKeys
    var when: String? = nil
    for k in publishedKeys {
      if let v = first[k], let iso = Self.isoDate(v) {
        when = iso
        break
      }
    }
    if when == nil { when = ld().lazy.compactMap { Self.find("datePublished", in: $0)?.stringValue }.compactMap(Self.isoDate).first }
    if when == nil, let v = first["time:pubdate"] { when = Self.isoDate(v) }
    if when == nil { when = times.lazy.compactMap(Self.isoDate).first }
    published = when

    var who = first["meta:author"] ?? first["meta:article:author"] ?? first["meta:byl"] ?? first["meta:dc.creator"]
    if who == nil || who?.hasPrefix("http") == true {
      who = ld().lazy.compactMap { Self.authorName(Self.find("author", in: $0)) }.first ?? (who?.hasPrefix("http") == true ? nil : who)
    }
    author = who.flatMap { $0.isEmpty ? nil : $0 }
    lang = first["lang"] ?? first["meta:content-language"] ?? first["meta:language"]
    canonicalURL = first["canonical"] ?? first["meta:og:url"]
    siteName = first["meta:og:site_name"] ?? first["meta:application-name"]
    description = first["meta:description"] ?? first["meta:og:description"]
  }

  /// Metas naming the publication time, most specific first.
  static let publishedKeys = [
    "meta:article:published_time", "meta:og:published_time", "meta:datepublished", "meta:publishdate",
    "meta:publish_date", "meta:publish-date", "meta:pubdate", "meta:publication_date", "meta:sailthru.date",
    "meta:parsely-pub-date", "meta:dc.date.issued", "meta:dcterms.created", "meta:dc.date", "meta:date",
    "meta:article.published", "meta:originalpublicationdate", "meta:pdate", "meta:weibo:article:create_at",
  ]

  static let usedKeys: Set<String> = Set(publishedKeys).union([
    "title", "meta:og:title", "meta:twitter:title", "time", "time:pubdate", "meta:author", "meta:article:author",
    "meta:byl", "meta:dc.creator", "lang", "meta:content-language", "meta:language", "canonical", "meta:og:url",
    "meta:og:site_name", "meta:application-name", "meta:description", "meta:og:description",
  ])

  // MARK: - Title

  /// Separators between a headline and the site's name.
  static let separators: [String] = [" | ", " - ", " – ", " — ", " :: ", " · ", "_", "｜", "|", " — ", "——", "--", " -", "- "]

  /// The headline out of a page title: the `<h1>` when the title starts with it (or equals it), else the
  /// title less trailing site segments — each cut segment being short next to what precedes it.
  static func headline(_ candidate: String?, h1: String?, pageTitle: String?) -> String? {
    guard var t = candidate.map(collapse), !t.isEmpty else { return h1.map(collapse).flatMap { $0.isEmpty ? nil : $0 } }
    if let h1 = h1.map(collapse), h1.unicodeScalars.count >= 4 {
      if t == h1 || (t.hasPrefix(h1) && startsWithSeparator(t.dropFirst(h1.count))) { return h1 }
    }
    // Cut trailing segments while they are short.
    while true {
      guard let cut = lastSeparator(in: t) else { break }
      let head = String(t[..<cut.lowerBound]).trimmingWhitespace()
      let tail = String(t[cut.upperBound...]).trimmingWhitespace()
      let h = head.unicodeScalars.count
      let n = tail.unicodeScalars.count
      guard h >= 4, n <= 40, n * 2 <= h + 4 else { break }
      t = head
    }
    return t
  }

  private static func startsWithSeparator(_ s: Substring) -> Bool {
    let trimmed = s.drop { $0 == " " }
    return separators.contains { sep in trimmed.hasPrefix(sep.trimmingWhitespace()) }
  }

  private static func lastSeparator(in t: String) -> Range<String.Index>? {
    var best: Range<String.Index>? = nil
    for sep in separators {
      if let r = t.range(of: sep, options: .backwards), best.map({ r.lowerBound > $0.lowerBound }) ?? true {
        best = r
      }
    }
    return best
  }

  // MARK: - Dates

  /// An ISO 8601 form of a date string: `2020-01-02T03:04:05+08:00` stays; `2020-01-02 03:04:05` gets a
  /// `T`; `2020/1/2`, `2020年1月2日` become `2020-01-02`; a bare year-month-day run `20200102` too. Nil if no
  /// date is found at the start.
  static func isoDate(_ s: String) -> String? {
    let u = Array(s.trimmingWhitespace().unicodeScalars)
    var i = 0
    func number(maxDigits: Int) -> Int? {
      var v = 0
      var n = 0
      while i < u.count, n < maxDigits, u[i].value >= 48, u[i].value <= 57 {
        v = v * 10 + Int(u[i].value) - 48
        n += 1
        i += 1
      }
      return n == 0 ? nil : v
    }
    guard let year = number(maxDigits: 4), year >= 1970, year <= 2100, i == 4 else { return nil }
    var month = 0
    var day = 0
    if i < u.count, ["-", "/", ".", "年"].contains(u[i]) {
      i += 1
      guard let m = number(maxDigits: 2) else { return nil }
      month = m
      if i < u.count, ["-", "/", ".", "月"].contains(u[i]) { i += 1 }
      guard let d = number(maxDigits: 2) else { return nil }
      day = d
      if i < u.count, u[i] == "日" { i += 1 }
    } else if let md = number(maxDigits: 4), i == 8 {
      month = md / 100
      day = md % 100
    } else {
      return nil
    }
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    var out = "\(year)-\(two(month))-\(two(day))"
    // Time of day.
    while i < u.count, u[i] == " " || u[i] == "T" { i += 1 }
    let timeStart = i
    if let h = number(maxDigits: 2), i < u.count, u[i] == ":" {
      i += 1
      if let m = number(maxDigits: 2), h < 24, m < 60 {
        var time = "T\(two(h)):\(two(m))"
        if i < u.count, u[i] == ":" {
          i += 1
          if let sec = number(maxDigits: 2), sec < 61 { time += ":\(two(sec))" }
        }
        // Fractions are dropped; a zone is kept.
        if i < u.count, u[i] == "." {
          i += 1
          _ = number(maxDigits: 9)
        }
        if i < u.count, u[i] == "Z" {
          time += "Z"
        } else if i < u.count, u[i] == "+" || u[i] == "-" {
          let sign = u[i]
          i += 1
          if let zh = number(maxDigits: 2) {
            var zm = 0
            if i < u.count, u[i] == ":" { i += 1 }
            zm = number(maxDigits: 2) ?? 0
            if zh < 15, zm < 60 { time += "\(sign)\(two(zh)):\(two(zm))" }
          }
        }
        out += time
      }
    } else {
      i = timeStart
    }
    return out
  }

  // MARK: - JSON-LD

  /// The first value of `key` in a JSON-LD value (objects, arrays, `@graph`), depth-first.
  static func find(_ key: String, in value: JSONValue, depth: Int = 0) -> JSONValue? {
    guard depth < 16 else { return nil }
    switch value {
    case .object(let o):
      if let v = o[key] { return v }
      for (_, v) in o.pairs { if let hit = find(key, in: v, depth: depth + 1) { return hit } }
    case .array(let a):
      for v in a { if let hit = find(key, in: v, depth: depth + 1) { return hit } }
    default: break
    }
    return nil
  }

  static func authorName(_ value: JSONValue?) -> String? {
    switch value {
    case .string(let s)?: return s.isEmpty || s.hasPrefix("http") ? nil : s
    case .object(let o)?: return o["name"]?.stringValue
    case .array(let a)?:
      let names = a.compactMap { authorName($0) }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    default: return nil
    }
  }

  /// White space collapsed to single spaces, ends trimmed (titles carry raw tabs and line feeds).
  static func collapse(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var space = false
    for c in s.unicodeScalars {
      if c.properties.isWhitespace {
        space = !out.isEmpty
      } else {
        if space { out.append(" ") }
        space = false
        out.append(c)
      }
    }
    return String(out)
  }
}
