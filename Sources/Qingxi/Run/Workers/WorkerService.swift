#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// The worker side of supervision (`qingxi worker`): reads the setup, builds the pipeline, then answers
/// each document request with its encoded records and counts, until the parent closes the connection.
/// Whatever goes wrong in here costs the parent one document: it sees the crash, or the silence past the
/// time limit, and starts another worker.
public enum WorkerService {
  /// Serves on `fd` (a socket, read and written). `build` makes the pipeline from the setup (or throws why
  /// not: sent to the parent, which stops the run). `hook` (tests only) sees each document and stage.
  /// Returns the exit status.
  public static func serve(fd: Int32, build: (WorkerSetup) throws -> Pipeline, hook: (any WorkerTestHook)? = nil) -> Int32 {
    watchParent()
    let channel = FrameChannel(fd: fd)
    do {
      guard case .setup(let setup) = try WorkerMessage(decoding: try channel.read(until: nil)) else {
        try channel.write(WorkerMessage.failed("expected setup").encoded())
        return 2
      }
      let pipeline: Pipeline
      do {
        pipeline = try build(setup)
      } catch {
        try channel.write(WorkerMessage.failed(String(describing: error)).encoded())
        return 2
      }
      let executor = PipelineExecutor(pipeline: pipeline)
      let names = pipeline.stages.map { type(of: $0).name }
      let keep = setup.keepRemovedText
      let page = setup.stagePage.flatMap(StagePage.map)
      try channel.write(WorkerMessage.ready.encoded())
      while true {
        guard let payload = try nextFrame(channel) else { return 0 }
        guard case .request(let request) = try WorkerMessage(decoding: payload) else {
          try channel.write(WorkerMessage.failed("expected a request").encoded())
          return 2
        }
        hook?.willRun(request.document, stage: nil)
        let result = executor.process(request.document, willRun: page == nil && hook == nil ? nil : { index in
          page?.stage = index
          hook?.willRun(request.document, stage: names[index])
        })
        page?.stage = nil
        let records = result.written.map {
          ProcessedDocument.Record(outgoing: RunLedger.Outgoing($0, dedupe: setup.dedupe), bytes: $0.jsonLine(keepRemovedText: keep))
        }
        try channel.write(WorkerMessage.reply(WorkerReply(sequence: request.sequence, records: records, stats: result.stats)).encoded())
      }
    } catch {
      FileHandle.standardError.write(Data("qingxi worker: \(error)\n".utf8))
      return 1
    }
  }

  /// The next frame, or nil when the parent closed the connection (the run is over).
  private static func nextFrame(_ channel: FrameChannel) throws -> [UInt8]? {
    let result = Result { () throws(FrameChannel.Failure) -> [UInt8] in try channel.read(until: nil) }
    switch result {
    case .success(let payload): return payload
    case .failure(.closed): return nil
    case .failure(let other): throw other
    }
  }

  /// Ends this process when its parent is gone (killed with SIGKILL, say), even in the middle of a
  /// document that never ends: a thread checks once a second that the parent is still the one it had.
  private static func watchParent() {
    let parent = getppid()
    let t = Thread {
      while true {
        sleep(1)
        if getppid() != parent { _exit(3) }
      }
    }
    t.stackSize = 1 << 16
    t.start()
  }
}

/// Test-only: told of each document before the pipeline (`stage` nil) and as each stage starts, so a
/// test can make a chosen document crash or hang in a chosen place. Only `qingxi worker` installs one.
public protocol WorkerTestHook {
  func willRun(_ document: Document, stage: String?)
}

extension Document {
  /// The record as one JSON line with its LF: the bytes `qingxi run` writes for this document.
  public func jsonLine(keepRemovedText: Bool) -> [UInt8] {
    var line: [UInt8] = []
    record(keepRemovedText: keepRemovedText).write(into: &line, indent: nil, level: 0)
    line.append(0x0A)
    return line
  }
}
