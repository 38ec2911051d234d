#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How to start a worker process: the executable (the `qingxi` binary itself), the arguments that make it
/// one (`worker`), and what to send it first.
public struct WorkerLaunch: Sendable {
  public var executable: String
  public var arguments: [String]
  public var setup: WorkerSetup
  /// Variables set in the worker's environment, over the parent's.
  public var environment: [String: String]

  public init(executable: String, arguments: [String], setup: WorkerSetup, environment: [String: String] = [:]) {
    self.executable = executable
    self.arguments = arguments
    self.setup = setup
    self.environment = environment
  }

  /// The parent's environment with `environment` over it, as `NAME=value` strings.
  func environmentStrings() -> [String] {
    var out: [String] = []
    var p = environ
    while let entry = p.pointee {
      let s = String(cString: entry)
      let name = s.split(separator: "=", maxSplits: 1).first.map(String.init) ?? s
      if environment[name] == nil { out.append(s) }
      p += 1
    }
    for (k, v) in environment.sorted(by: { $0.key < $1.key }) { out.append("\(k)=\(v)") }
    return out
  }

  /// The running binary: `/proc/self/exe` on Linux (the same build even if the file is replaced during a
  /// long run), else the path it was started by.
  public static var currentExecutable: String {
    #if os(Linux)
      return "/proc/self/exe"
    #else
      return CommandLine.arguments.first ?? "qingxi"
    #endif
  }
}
