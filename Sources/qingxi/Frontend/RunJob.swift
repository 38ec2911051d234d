import Foundation
import Logging
import Qingxi

/// One `qingxi run`: reads every input, runs the pipeline on each document, streams the records out, and
/// accounts for every input in the summary.
struct RunJob {
  let pipeline: Pipeline
  let inputs: [String]
  let output: OutputTarget
  let keepRemovedText: Bool
  let collectTimings: Bool
  let logger: Logger

  func execute() throws -> RunSummary {
    let clock = ContinuousClock()
    let started = clock.now
    var summary = RunSummary(pipeline: pipeline.name)
    var timings = StageTimings(enabled: collectTimings)
    let writer = try output.recordsPath.map { try AtomicFileWriter(path: $0) }
    do {
      for item in InputWalker.expand(inputs) {
        summary.inputs += 1
        let input: InputWalker.Input
        switch item {
        case .failure(let f):
          reject(&summary, f.input, f.id, "read", f.reason)
          continue
        case .success(let i): input = i
        }
        let bytes: [UInt8]
        do {
          bytes = try readBytes(input.path)
        } catch {
          reject(&summary, input.path, input.id, "read", "cannot read: \(Self.describe(error))")
          continue
        }
        summary.bytes += bytes.count
        for read in DocumentReader.read(bytes: bytes, path: input.path, id: input.id) {
          switch read {
          case .failure(let f):
            summary.documents += 1
            reject(&summary, f.input, f.id, "read", f.reason)
          case .document(let doc):
            summary.documents += 1
            var wroteAny = false
            for outcome in pipeline.run(doc, timings: &timings) {
              switch outcome {
              case .written(let d):
                var line = Array(d.record(keepRemovedText: keepRemovedText).serialized().utf8)
                line.append(0x0A)
                if let writer { try writer.write(line) } else { FileHandle.standardOutput.write(Data(line)) }
                summary.recordsWritten += 1
                for r in d.removed { summary.removedByKind[r.kind, default: 0] += 1 }
                for e in d.entities { summary.entitiesByType[e.type.rawValue, default: 0] += 1 }
                summary.cases += d.cases.count
                wroteAny = true
              case .rejected(let id, let stage, let reason):
                reject(&summary, input.path, id, stage, reason)
              }
            }
            if wroteAny { summary.documentsWritten += 1 }
          }
        }
      }
      try writer?.commit()
    } catch {
      writer?.abandon()
      throw error
    }
    let elapsed = clock.now - started
    summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    summary.timings = timings
    if let path = output.summaryPath {
      let w = try AtomicFileWriter(path: path)
      try w.write(Array(summary.json().pretty().utf8))
      try w.commit()
    }
    return summary
  }

  private func reject(_ summary: inout RunSummary, _ input: String, _ id: String, _ stage: String, _ reason: String) {
    summary.rejected.append(.init(input: input, id: id, stage: stage, reason: reason))
    logger.info("rejected \(input) [\(stage)]: \(reason)")
  }

  private func readBytes(_ path: String) throws -> [UInt8] {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    return Array(try handle.readToEnd() ?? Data())
  }

  static func describe(_ error: Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code))).lowercased()
    }
    if ns.domain == NSCocoaErrorDomain, ns.code == CocoaError.fileReadNoPermission.rawValue { return "permission denied" }
    if ns.domain == NSCocoaErrorDomain, ns.code == CocoaError.fileReadNoSuchFile.rawValue { return "no such file" }
    return ns.localizedDescription
  }
}
