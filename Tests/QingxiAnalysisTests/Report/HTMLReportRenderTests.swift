import Foundation
import Testing

@testable import QingxiAnalysis

/// Renders the report of the Corpus with headless Chromium (Debian's `chromium`, which `.ci/run` installs):
/// a PNG screenshot in light and in dark mode, and the page as Chromium parsed it.
@Suite(.serialized) struct HTMLReportRenderTests {
  static let chromium: String? = {
    if let given = ProcessInfo.processInfo.environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: given) { return given }
    return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// Runs Chromium headless with `arguments`; returns standard output (through a file, so a large DOM
  /// never blocks a pipe). Gives up after two minutes.
  static func chromium(_ arguments: [String], in dir: String) throws -> (status: Int32, stdout: String) {
    let outPath = dir + "/chromium-\(UUID().uuidString).out"
    guard FileManager.default.createFile(atPath: outPath, contents: nil), let out = FileHandle(forWritingAtPath: outPath) else {
      throw CocoaError(.fileWriteUnknown)
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: chromium ?? "/usr/bin/chromium")
    p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--hide-scrollbars", "--disable-dev-shm-usage", "--user-data-dir=\(dir)/profile"] + arguments
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let deadline = Date().addingTimeInterval(120)
    while p.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    if p.isRunning { p.terminate() }
    p.waitUntilExit()
    try out.close()
    let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    return (p.terminationStatus, text)
  }

  /// Width and height from a PNG's IHDR chunk, or nil when the bytes are not a PNG.
  static func pngSize(_ data: Data) -> (Int, Int)? {
    let b = [UInt8](data.prefix(24))
    guard b.count == 24, b[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], b[12..<16] == [0x49, 0x48, 0x44, 0x52] else { return nil }
    func be(_ i: Int) -> Int { b[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (be(16), be(20))
  }

  @Test(.enabled(if: chromium != nil, "chromium is not installed here (apt-get install chromium); CI installs it"))
  func chromiumRendersTheReportWithEveryChartInLightAndDark() throws {
    let report = try StatsReportTests.corpus()
    let dir = try CorpusRecords.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let page = dir + "/report.html"
    try HTMLReport.render(report).write(toFile: page, atomically: true, encoding: .utf8)
    let url = URL(fileURLWithPath: page).absoluteString

    // The page as Chromium parsed it: every chart, its title and its axis labels are there.
    let dom = try Self.chromium(["--dump-dom", url], in: dir)
    #expect(dom.status == 0)
    let charts = HTMLReport.charts(report)
    #expect(dom.stdout.components(separatedBy: "<svg").count - 1 == charts.count)
    for chart in charts {
      for text in chart.texts { #expect(dom.stdout.contains(Markup.escape(text.text)), "\(text.text)") }
    }
    #expect(dom.stdout.contains("Qingxi statistics"))

    // Screenshots, light and dark.
    var shots: [Data] = []
    for (name, extra) in [("light", [String]()), ("dark", ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"])] {
      let png = dir + "/report-\(name).png"
      let r = try Self.chromium(extra + ["--window-size=760,2400", "--screenshot=\(png)", url], in: dir)
      #expect(r.status == 0)
      let data = try Data(contentsOf: URL(fileURLWithPath: png))
      let size = try #require(Self.pngSize(data))
      #expect(size.0 == 760 && size.1 == 2400)
      #expect(data.count > 20_000, "a page with charts, not a blank one")
      shots.append(data)
      if let keep = ProcessInfo.processInfo.environment["QINGXI_KEEP_REPORT_PNG"] {
        try? data.write(to: URL(fileURLWithPath: keep + "-\(name).png"))
      }
    }
    #expect(shots[0] != shots[1], "the dark scheme changes the colours")
  }
}
