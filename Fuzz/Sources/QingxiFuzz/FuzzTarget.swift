import Qingxi

/// libFuzzer's entry point: the input bytes are one document, read as the input kind their first byte
/// suggests (`<` HTML, `{` JSON Lines, `0x1f` gzip of text, anything else plain text: the fuzzer soon
/// finds each) through the default pipeline and the record encoder, with and without removed text. Any
/// trap is a finding. One reading per input, so that more inputs run per second.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes: [UInt8] = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  FuzzPipeline.run(bytes)
  return 0
}

enum FuzzPipeline {
  static let executor: PipelineExecutor? = (try? DefaultPipeline.build()).map { PipelineExecutor(pipeline: $0) }

  static func run(_ bytes: [UInt8]) {
    guard let executor else { return }
    let name: String
    switch bytes.first {
    case UInt8(ascii: "<"): name = "fuzz.html"
    case UInt8(ascii: "{"): name = "fuzz.jsonl"
    case 0x1F: name = "fuzz.txt.gz"
    default: name = "fuzz.txt"
    }
    for item in DocumentReader.read(bytes: bytes, path: name, id: "fuzz") {
      guard case .document(let doc) = item else { continue }
      let result = executor.process(doc)
      for record in result.written {
        _ = record.record(keepRemovedText: true).serialized()
        _ = record.record(keepRemovedText: false).serialized()
      }
    }
  }
}
