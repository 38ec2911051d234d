import Foundation
import Qingxi
import Testing

@testable import QingxiAnalysis

struct HTMLReportTests {
  @Test func thePageIsSelfContainedWithoutScriptsAndFollowsTheColourScheme() throws {
    let html = HTMLReport.render(try StatsReportTests.corpus())
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.lowercased().contains("<script"))
    #expect(html.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "no event-handler attributes")
    // The only URL is the SVG namespace, which is a name, not a fetch.
    let urls = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(30)) }
    #expect(urls.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg") })
    #expect(!html.contains("<link") && !html.contains("<img") && !html.contains("@import") && !html.contains("url("))
    #expect(html.contains("@media (prefers-color-scheme: dark)"))
    #expect(html.contains("<meta name=\"color-scheme\" content=\"light dark\">"))
    #expect(html.components(separatedBy: "<svg ").count - 1 == HTMLReport.charts(try StatsReportTests.corpus()).count)
  }

  @Test func everyChartHasATitleAndLabelledAxesWithUnits() throws {
    let charts = HTMLReport.charts(try StatsReportTests.corpus())
    let titles = charts.map(\.title)
    #expect(titles.contains { $0.hasPrefix("Prison terms") })
    #expect(titles.contains { $0.hasPrefix("Fines, confiscations and bribes (log scale)") })
    #expect(titles.contains("Cases per court level"))
    #expect(titles.contains { $0.hasPrefix("Cases per province") })
    #expect(titles.contains("Removed share per noise kind"))
    #expect(titles.contains { $0.hasPrefix("Sentence lengths, zh") } && titles.contains { $0.hasPrefix("Sentence lengths, en") })
    for chart in charts {
      #expect(chart.texts.first?.text == chart.title)
      // Two axis labels: one along the bottom, one rotated along the left.
      #expect(chart.texts.filter(\.vertical).count == 1, "\(chart.title)")
      let bottom = chart.texts.filter { !$0.vertical && $0.y > chart.height - 14 }
      #expect(bottom.count == 1, "\(chart.title)")
    }
    let axisTexts = charts.flatMap(\.texts).map(\.text)
    for unit in ["prison term (months)", "amount (units of the currency, log scale)", "sentence length (characters)", "sentence length (words)", "share of the characters before cleaning (%)"] {
      #expect(axisTexts.contains(unit))
    }
  }

  @Test func noTextOverlapsOnTheCorpus() throws {
    for chart in HTMLReport.charts(try StatsReportTests.corpus()) { #expect(chart.layoutProblems == [], "\(chart.title)") }
  }

  @Test func noTextOverlapsWithManyLongLabelsAndExtremeValues() {
    let provinces = ["新疆维吾尔自治区", "内蒙古自治区", "广西壮族自治区", "黑龙江省", "北京市", "香港特别行政区"] + (1...30).map { "省份\($0)" }
    let chart = BarChart(
      title: "Cases per province (of the court)", categoryAxis: "province", valueAxis: "cases",
      bars: provinces.enumerated().map { ($0.element, Double($0.offset * 9_999 + 1), NumberFormat.grouped($0.offset * 9_999 + 1)) }
    ).render()
    #expect(chart.layoutProblems == [])
    let money = LogDotPlot(
      title: "Fines", valueAxis: "amount (units of the currency, log scale)", seriesAxis: "role · currency",
      series: [("fine · CNY", [0.5, 1_000, 3e12]), ("confiscation · CNY", [2e5]), ("bribe · USD", [])]
    ).render()
    #expect(money.layoutProblems == [])
    var lengths: [Int: Int] = [:]
    for i in 0..<5000 { lengths[(i * 37) % 1900, default: 0] += i % 7 }
    let bins = Histogram.bins(counts: lengths)
    var h = Histogram(title: "Sentence lengths, zh", valueAxis: "sentence length (characters)", countAxis: "sentences", bins: bins.bins)
    h.openEnded = bins.openEnded
    #expect(h.render().layoutProblems == [])
    let oneRow = BarChart(title: "Cases per court level", categoryAxis: "court level", valueAxis: "cases", bars: [("intermediate", 1, "1")]).render()
    #expect(oneRow.layoutProblems == [])
    let empty = Histogram(title: "Prison terms", valueAxis: "prison term (months)", countAxis: "cases", bins: []).render()
    #expect(empty.layoutProblems == [])
    #expect(empty.texts.contains { $0.text == "no data" })
  }

  @Test func overlapDetectionWorks() {
    var chart = SVGChart(title: "t", width: 200, height: 100)
    chart.add(ChartText("abcdef", x: 50, y: 50))
    chart.add(ChartText("ghijkl", x: 60, y: 52))
    chart.add(ChartText("vertical", x: 190, y: 30, vertical: true))
    #expect(chart.layoutProblems.count == 2)
  }

  @Test func markupIsEscaped() {
    #expect(Markup.escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
    var chart = SVGChart(title: "<script>", width: 100, height: 40)
    chart.add(ChartText("a&b", x: 1, y: 30))
    #expect(!chart.svg.contains("<script>"))
    #expect(chart.svg.contains("a&amp;b"))
  }

  @Test func histogramBinsCoverEveryValue() {
    let counts = [3: 2, 17: 1, 250: 4, 9000: 1]
    let b = Histogram.bins(counts: counts, capQuantile: 0.85)
    #expect(b.bins.reduce(0) { $0 + $1.count } == 8)
    #expect(b.openEnded)
    let fixed = Histogram.bins(counts: [18: 1, 132: 1, 138: 1], capQuantile: 1, step: 12)
    #expect(fixed.bins.first?.lo == 0 && fixed.bins.last?.hi == 144)
    #expect(!fixed.openEnded)
    #expect(fixed.bins.map(\.count).reduce(0, +) == 3)
  }
}
