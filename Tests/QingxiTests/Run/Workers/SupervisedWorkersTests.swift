import Testing

@testable import Qingxi

/// Workers that cannot start stop the run before any document is read, with a reason; nothing hangs.
@Suite struct SupervisedWorkersTests {
  func launch(_ executable: String, _ arguments: [String] = []) -> WorkerLaunch {
    WorkerLaunch(executable: executable, arguments: arguments, setup: WorkerSetup(pipelineYAML: nil, pipelineFile: nil))
  }

  @Test func aMissingBinaryIsAStartError() {
    #expect {
      _ = try SupervisedWorkers(launch: launch("/nonexistent/qingxi"), count: 2, timeout: .seconds(5))
    } throws: { error in
      "\(error)".contains("cannot start worker processes") && "\(error)".contains("/nonexistent/qingxi")
    }
  }

  @Test func aWorkerThatExitsAtOnceIsAStartError() {
    #expect {
      _ = try SupervisedWorkers(launch: launch("/bin/sh", ["-c", "exit 7"]), count: 1, timeout: nil)
    } throws: { error in
      (error as? WorkerStartError)?.reason == "crashed: exit status 7"
    }
  }

  @Test func aWorkerThatDiesOfASignalSaysWhich() {
    #expect {
      _ = try SupervisedWorkers(launch: launch("/bin/sh", ["-c", "kill -SEGV $$"]), count: 1, timeout: nil)
    } throws: { error in
      (error as? WorkerStartError)?.reason == "crashed: signal 11"
    }
  }

  /// A program that answers with something else than the protocol (here: our own setup, echoed).
  @Test func aWorkerThatSpeaksNonsenseIsAStartError() {
    #expect {
      _ = try SupervisedWorkers(launch: launch("/bin/cat"), count: 1, timeout: nil)
    } throws: { error in
      (error as? WorkerStartError)?.reason == "worker failed: unexpected answer to setup"
    }
  }
}
