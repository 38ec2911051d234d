import ArgumentParser
import Foundation
import Qingxi

#if canImport(Glibc)
  import Glibc
#endif

/// `qingxi worker`: not for people. `qingxi run` starts its worker processes as this command, with a socket
/// as standard input and output, and talks to them in the worker protocol (`WorkerService`).
///
/// Test-only hooks, honoured here and nowhere else: a document whose text contains the value of
/// `QINGXI_TEST_TRAP_ON` traps (as a bug would: the worker dies of SIGILL or SIGTRAP), one containing
/// the value of `QINGXI_TEST_HANG_ON` never ends. They let the tests check that a run survives both.
struct Worker: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A worker process of `qingxi run` (internal).", shouldDisplay: false)

  func run() throws {
    // The protocol is on the socket at fd 0; standard output goes to standard error from here on, so that
    // nothing printed by accident can break the protocol, and standard input reads nothing.
    let socket = dup(0)
    let null = open("/dev/null", O_RDONLY)
    if null >= 0 { dup2(null, 0) }
    dup2(2, 1)
    let hooks = TestHooks(environment: ProcessInfo.processInfo.environment)
    let status = WorkerService.serve(
      fd: socket,
      build: { try PipelineLoading.build($0) },
      inspect: { hooks.check($0) })
    throw ExitCode(status)
  }

  /// The test-only crash and hang hooks.
  struct TestHooks {
    var trapOn: [UInt8]?
    var hangOn: [UInt8]?

    init(environment: [String: String]) {
      trapOn = environment["QINGXI_TEST_TRAP_ON"].flatMap { $0.isEmpty ? nil : Array($0.utf8) }
      hangOn = environment["QINGXI_TEST_HANG_ON"].flatMap { $0.isEmpty ? nil : Array($0.utf8) }
    }

    func check(_ doc: Document) {
      guard trapOn != nil || hangOn != nil else { return }
      let text = doc.bytes ?? Array(doc.raw.utf8)
      if let trapOn, Self.contains(text, trapOn) {
        preconditionFailure("QINGXI_TEST_TRAP_ON: test trap on document \(doc.id)")
      }
      if let hangOn, Self.contains(text, hangOn) {
        var spins = 0
        while true {
          spins &+= 1
          if spins == 0 { FileHandle.standardError.write(Data("still hanging\n".utf8)) }
        }
      }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
      guard !needle.isEmpty, haystack.count >= needle.count else { return false }
      for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
        if haystack[i..<i + needle.count].elementsEqual(needle) { return true }
      }
      return false
    }
  }
}
