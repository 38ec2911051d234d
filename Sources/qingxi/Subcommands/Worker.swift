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
/// the value of `QINGXI_TEST_HANG_ON` never ends; before its pipeline, or as the stage named by
/// `QINGXI_TEST_HOOK_STAGE` starts. They let the tests check that a run survives both.
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
    // Started through /proc/self/exe, the process would be called `exe` in ps and top.
    // (the main thread's name is the process's).
    try? Data("qingxi-worker".utf8).write(to: URL(fileURLWithPath: "/proc/self/comm"))
    let status = WorkerService.serve(
      fd: socket, build: { try PipelineLoading.build($0) }, hook: TestHooks(environment: ProcessInfo.processInfo.environment))
    throw ExitCode(status)
  }

  /// The test-only crash and hang hooks; nil when neither variable is set.
  final class TestHooks: WorkerTestHook {
    let trapOn: [UInt8]?
    let hangOn: [UInt8]?
    /// `QINGXI_TEST_HOOK_STAGE`: fire as this stage starts, not before the pipeline.
    let stage: String?
    /// What the current document asks for, decided once before its pipeline.
    private var armed: (trap: Bool, hang: Bool) = (false, false)

    init?(environment: [String: String]) {
      trapOn = environment["QINGXI_TEST_TRAP_ON"].flatMap { $0.isEmpty ? nil : Array($0.utf8) }
      hangOn = environment["QINGXI_TEST_HANG_ON"].flatMap { $0.isEmpty ? nil : Array($0.utf8) }
      stage = environment["QINGXI_TEST_HOOK_STAGE"].flatMap { $0.isEmpty ? nil : $0 }
      if trapOn == nil && hangOn == nil { return nil }
    }

    func willRun(_ doc: Document, stage: String?) {
      if stage == nil {
        let text = doc.bytes ?? Array(doc.raw.utf8)
        armed = (trapOn.map { Self.contains(text, $0) } ?? false, hangOn.map { Self.contains(text, $0) } ?? false)
      }
      guard stage == self.stage else { return }
      if armed.trap {
        preconditionFailure("QINGXI_TEST_TRAP_ON: test trap on document \(doc.id)")
      }
      if armed.hang {
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
