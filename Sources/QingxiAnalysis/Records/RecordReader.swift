import Foundation
import Qingxi

/// Streams `qingxi/document@1` records out of JSON Lines files, line by line, so memory stays flat however
/// large the input. An input is a file, a directory (every `*.jsonl` below it, sorted by path; names starting
/// with `.` skipped) or `-` for standard input. Lines that are not records are skipped and listed in
/// `issues`; blank lines are ignored.
public struct RecordReader {
  public let inputs: [String]
  /// Skipped lines, in reading order.
  public private(set) var issues: [RecordIssue] = []
  /// Records read so far.
  public private(set) var recordCount = 0

  public init(inputs: [String]) { self.inputs = inputs }

  /// The files the inputs name, in reading order; throws when an input does not exist.
  public func files() throws(RecordReaderError) -> [String] {
    var out: [String] = []
    let fm = FileManager.default
    for input in inputs {
      if input == "-" {
        out.append(input)
        continue
      }
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: input, isDirectory: &isDir) else { throw RecordReaderError("\(input): no such file or directory") }
      guard isDir.boolValue else {
        out.append(input)
        continue
      }
      guard let walker = fm.enumerator(atPath: input) else { throw RecordReaderError("\(input): cannot read the directory") }
      var found: [String] = []
      while let next = walker.nextObject() as? String {
        let name = (next as NSString).lastPathComponent
        if name.hasPrefix(".") {
          walker.skipDescendants()
          continue
        }
        if name.hasSuffix(".jsonl") { found.append((input as NSString).appendingPathComponent(next)) }
      }
      out.append(contentsOf: found.sorted())
    }
    return out
  }

  /// Calls `body` with every record of every input, in order.
  public mutating func forEach(_ body: (DocumentRecord) throws -> Void) throws {
    for path in try files() {
      let handle: FileHandle
      if path == "-" {
        handle = FileHandle.standardInput
      } else {
        guard let h = FileHandle(forReadingAtPath: path) else { throw RecordReaderError("\(path): cannot open for reading") }
        handle = h
      }
      defer { if path != "-" { try? handle.close() } }
      var lines = LineSplitter()
      var lineNumber = 0
      func take(_ line: [UInt8]) throws {
        lineNumber += 1
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
        let record: DocumentRecord
        do {
          record = try DocumentRecord(json: try JSONValue.parse(bytes: line))
        } catch let error as RecordError {
          issues.append(RecordIssue(path: path, line: lineNumber, reason: error.description))
          return
        } catch {
          issues.append(RecordIssue(path: path, line: lineNumber, reason: "not JSON"))
          return
        }
        recordCount += 1
        try body(record)
      }
      while true {
        let chunk: Data
        do {
          chunk = try handle.read(upToCount: 1 << 20) ?? Data()
        } catch {
          throw RecordReaderError("\(path): read failed: \(error.localizedDescription)")
        }
        if chunk.isEmpty { break }
        for line in lines.push(chunk) { try take(line) }
      }
      if let last = lines.finish() { try take(last) }
    }
  }
}
