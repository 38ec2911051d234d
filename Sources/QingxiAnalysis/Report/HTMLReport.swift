/// The HTML report of `qingxi stats --html`: one self-contained page — inline CSS and inline SVG charts, no
/// script, no external resource — readable in light and dark browsers (colours follow
/// `prefers-color-scheme`). Charts: prison terms, money on a log scale, cases per court level and province,
/// share removed per noise kind, sentence lengths per language; each with a title and labelled axes.
public enum HTMLReport {
  /// The charts, in page order.
  public static func charts(_ report: StatsReport) -> [SVGChart] {
    let c = report.cases
    let t = report.text
    var charts: [SVGChart] = []

    var months: [Int: Int] = [:]
    for m in report.caseList.compactMap({ $0.prisonTerm.flatMap { $0.isFixedTerm && !$0.isSuspended ? $0.months : nil } }) {
      months[m, default: 0] += 1
    }
    let longest = months.keys.max() ?? 0
    let termBins = Histogram.bins(counts: months, capQuantile: 1, step: longest > 240 ? 24 : longest > 36 ? 12 : 6)
    var terms = Histogram(
      title: "Prison terms (fixed, without probation): \(c.prisonMonths.count) case(s)", valueAxis: "prison term (months)",
      countAxis: "cases", bins: termBins.bins)
    terms.openEnded = termBins.openEnded
    charts.append(terms.render())

    let series = c.money.map { row -> (label: String, values: [Double]) in
      let pick: (MergedCase) -> [MoneyRecord] =
        switch row.role {
        case "fine": { $0.fines }
        case "confiscation": { $0.confiscations }
        default: { $0.bribes }
        }
      return ("\(row.role) · \(row.currency)", report.caseList.flatMap(pick).filter { $0.currency == row.currency }.compactMap(\.amount))
    }
    charts.append(
      LogDotPlot(
        title: "Fines, confiscations and bribes (log scale)", valueAxis: "amount (units of the currency, log scale)",
        seriesAxis: "role · currency", series: series
      ).render())

    charts.append(
      BarChart(
        title: "Cases per court level", categoryAxis: "court level", valueAxis: "cases",
        bars: c.byCourtLevel.map { ($0.key, Double($0.cases), String($0.cases)) }
      ).render())
    charts.append(
      BarChart(
        title: "Cases per province (of the court)", categoryAxis: "province", valueAxis: "cases",
        bars: HTMLReport.top(c.byProvince.map { ($0.key, $0.cases) }, 20).map { ($0.0, Double($0.1), String($0.1)) }
      ).render())

    var removed = BarChart(
      title: "Removed share per noise kind", categoryAxis: "noise kind",
      valueAxis: "share of the characters before cleaning (%)",
      bars: t.byKind.map { ($0.key, $0.share * 100, "\(NumberFormat.percent($0.share)) · \(NumberFormat.grouped($0.characters)) chars") })
    removed.integers = false
    charts.append(removed.render())

    // Chinese and English always; other languages (und: no letters) only with enough sentences to chart.
    for s in t.sentences where s.lang == "zh" || s.lang == "en" || s.length.count >= 20 {
      let b = Histogram.bins(counts: s.counts)
      var h = Histogram(
        title: "Sentence lengths, \(s.lang): \(NumberFormat.grouped(s.length.count)) sentence(s)",
        valueAxis: "sentence length (\(s.unit))", countAxis: "sentences", bins: b.bins)
      h.openEnded = b.openEnded
      charts.append(h.render())
    }
    return charts
  }

  /// The first `n` rows; the rest summed as "(others)".
  static func top(_ rows: [(String, Int)], _ n: Int) -> [(String, Int)] {
    guard rows.count > n else { return rows }
    return Array(rows.prefix(n - 1)) + [("(others)", rows.dropFirst(n - 1).reduce(0) { $0 + $1.1 })]
  }

  public static func render(_ report: StatsReport) -> String {
    let c = report.cases
    let t = report.text
    var body = "<h1>Qingxi statistics</h1>\n"
    body += "<p>\(report.records) record(s) from <code>\(Markup.escape(report.inputs.joined(separator: " ")))</code>"
    if !report.skipped.isEmpty { body += "; \(report.skipped.count) line(s) skipped (not records)" }
    body += ".</p>\n<p>"
    if c.merged {
      body += "<strong>\(c.cases) case(s)</strong>, merged across documents from \(c.reports) case record(s); \(c.casesInSeveralDocuments) reported by several documents (<code>--no-merge</code> counts each record apart)."
    } else {
      body += "<strong>\(c.cases) case(s)</strong>, one per case record, not merged."
    }
    body += " Prison terms: \(c.prisonMonths.count) fixed without probation (median \(NumberFormat.decimal(c.prisonMonths.median)) months), \(c.suspendedMonths.count) suspended, \(c.life) life, \(c.death) death (\(c.deathWithReprieve) with reprieve).</p>\n"
    body += "<p>Text: \(t.documents) document(s), \(NumberFormat.grouped(t.charactersBefore)) characters before cleaning, \(NumberFormat.grouped(t.charactersAfter)) after; \(NumberFormat.percent(t.removedShare)) removed.</p>\n"

    let charts = charts(report)
    for chart in charts {
      body += "<figure>\(chart.svg)</figure>\n"
    }

    body += "<h2>Prison terms (months)</h2>\n" + table(
      ["", "count", "mean", "median", "p10", "p90", "min", "max"],
      [
        ["fixed, without probation"] + StatsTable.cells(c.prisonMonths), ["suspended: term"] + StatsTable.cells(c.suspendedMonths),
        ["suspended: probation"] + StatsTable.cells(c.probationMonths),
      ])
    body += "<h2>Money</h2>\n" + table(
      ["role", "currency", "count", "sum", "median", "max", "ranges"],
      c.money.map {
        [$0.role, $0.currency, String($0.amounts.count), NumberFormat.decimal($0.amounts.sum, places: 2),
         NumberFormat.decimal($0.amounts.median, places: 2), NumberFormat.decimal($0.amounts.max, places: 2), String($0.ranges)]
      })
    body += "<h2>By charge</h2>\n" + table(
      ["charge", "cases", "terms", "mean months", "median"],
      c.byCharge.map { [$0.key, String($0.cases), String($0.prisonMonths.count), NumberFormat.decimal($0.prisonMonths.mean), NumberFormat.decimal($0.prisonMonths.median)] })
    body += "<h2>Removed by rule</h2>\n" + table(
      ["rule", "removals", "characters", "share"],
      t.byRule.map { [$0.key, String($0.removals), NumberFormat.grouped($0.characters), NumberFormat.percent($0.share)] })

    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="color-scheme" content="light dark">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Qingxi statistics</title>
      <style>
      \(css)
      </style>
      </head>
      <body>
      \(body)</body>
      </html>

      """
  }

  static func table(_ header: [String], _ rows: [[String]]) -> String {
    var out = "<table><thead><tr>" + header.map { "<th>\(Markup.escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
    for row in rows { out += "<tr>" + row.map { "<td>\(Markup.escape($0))</td>" }.joined() + "</tr>\n" }
    if rows.isEmpty { out += "<tr><td colspan=\"\(header.count)\">none</td></tr>\n" }
    return out + "</tbody></table>\n"
  }

  static let css = """
    :root { color-scheme: light dark; --bg: #ffffff; --fg: #1d1f21; --muted: #55595e; --grid: #e4e6e8; --bar: #3a6ea5; --dot: #c0561b; --border: #d8dadc; }
    @media (prefers-color-scheme: dark) {
      :root { --bg: #16181b; --fg: #e6e7e8; --muted: #a9adb2; --grid: #32363b; --bar: #6fa3dd; --dot: #f29552; --border: #3a3e44; }
    }
    body { background: var(--bg); color: var(--fg); font-family: system-ui, "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Noto Sans", sans-serif; max-width: 700px; margin: 1.5em auto; padding: 0 1em; line-height: 1.45; }
    h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
    figure { margin: 1.2em 0; }
    svg { max-width: 100%; height: auto; font-family: inherit; }
    svg .t { fill: var(--fg); } svg .muted { fill: var(--muted); }
    svg .axis { stroke: var(--fg); stroke-width: 1; } svg .grid { stroke: var(--grid); stroke-width: 1; }
    svg .bar { fill: var(--bar); } svg .dot { fill: var(--dot); fill-opacity: 0.75; stroke: var(--bg); stroke-width: 1; }
    table { border-collapse: collapse; font-size: 0.92em; }
    th, td { padding: 2px 10px; border-bottom: 1px solid var(--border); text-align: right; }
    th:first-child, td:first-child { text-align: left; }
    code { font-size: 0.92em; }
    """
}
