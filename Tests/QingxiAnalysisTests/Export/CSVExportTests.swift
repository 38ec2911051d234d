import Foundation
import Testing

@testable import QingxiAnalysis

struct CSVExportTests {
  /// A strict RFC 4180 reader for the test.
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.unicodeScalars.append("\"")
            chars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\r" && chars.first == "\n" {
        chars.removeFirst()
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.unicodeScalars.append(c)
      }
    }
    return rows
  }

  @Test func fieldsAreQuotedOnlyWhenNeeded() {
    #expect(CSVExport.field(.text("plain 文本")) == "plain 文本")
    #expect(CSVExport.field(.text("a,b")) == "\"a,b\"")
    #expect(CSVExport.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
    #expect(CSVExport.field(.text("two\nlines")) == "\"two\nlines\"")
    #expect(CSVExport.field(.null) == "")
    #expect(CSVExport.field(.int(-3)) == "-3")
    #expect(CSVExport.field(.real(1_400_000)) == "1400000")
    #expect(CSVExport.field(.real(0.5)) == "0.5")
    #expect(CSVExport.line([.text("a"), .null, .int(1)]) == "a,,1\r\n")
  }

  @Test func oneFilePerTableWithAHeaderAndEveryRow() throws {
    let records = try CorpusRecords.corpusFile()
    defer { CorpusRecords.remove(records) }
    let dir = (records as NSString).deletingLastPathComponent + "/csv"
    let counts = try CSVExport.write(inputs: [records], toDirectory: dir)
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    #expect(names == ExportTable.all.map { $0.name + ".csv" }.sorted())
    for table in ExportTable.all {
      let text = try String(contentsOfFile: dir + "/\(table.name).csv", encoding: .utf8)
      let rows = Self.parse(text)
      #expect(rows.first == table.columns.map(\.name))
      #expect(rows.count - 1 == counts.rows[table.name])
      #expect(rows.allSatisfy { $0.count == table.columns.count }, "\(table.name)")
    }
    // Document texts (with newlines, commas and quotes) come back whole.
    let docs = Self.parse(try String(contentsOfFile: dir + "/documents.csv", encoding: .utf8))
    let textColumn = try #require(docs.first?.firstIndex(of: "text"))
    var reader = RecordReader(inputs: [records])
    var texts: [String] = []
    try reader.forEach { texts.append($0.text) }
    #expect(docs.dropFirst().map { $0[textColumn] } == texts)
    let cases = Self.parse(try String(contentsOfFile: dir + "/cases.csv", encoding: .utf8))
    #expect(cases.count - 1 == 5)
  }
}
