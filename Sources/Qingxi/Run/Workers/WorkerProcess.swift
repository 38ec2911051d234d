#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One supervised worker process, seen from the parent: `qingxi worker` started with `posix_spawn`, its
/// standard input and output one end of a socket pair, in a process group of its own (a Ctrl-C on the
/// terminal reaches the parent, which stops the workers, not each worker). Used by one thread at a time.
final class WorkerProcess {
  let pid: pid_t
  private let channel: FrameChannel
  private var sequence = 0
  private var reaped = false
  /// Where the worker says which stage it is in (nil if no page could be made).
  private let page: StagePage?
  /// The worker's descriptor of the stage page.
  static let stagePageFD: Int32 = 3

  /// How long a new worker may take to build its pipeline and say it is ready.
  static let startLimit = Duration.seconds(120)

  /// Starts a worker and waits until it has built the pipeline; throws its reason otherwise.
  static func start(_ launch: WorkerLaunch) throws(WorkerFailure) -> WorkerProcess {
    let w = try WorkerProcess(launch)
    try w.awaitReady()
    return w
  }

  /// A setup that could not be sent (the worker died at once), reported by `awaitReady`.
  private var setupFailure: WorkerFailure?

  /// Starts a worker and sends it the setup; `awaitReady` waits for its answer (so that several workers
  /// start at once).
  init(_ launch: WorkerLaunch) throws(WorkerFailure) {
    var fds: [Int32] = [-1, -1]
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else {
      throw .failed("socketpair: \(String(cString: strerror(errno)).lowercased())")
    }
    let (mine, theirs) = (fds[0], fds[1])
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, theirs, 0)
    posix_spawn_file_actions_adddup2(&actions, theirs, 1)
    let page = StagePage.create()
    var setup = launch.setup
    if let page {
      posix_spawn_file_actions_adddup2(&actions, page.fd, Self.stagePageFD)
      setup.stagePage = Self.stagePageFD
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    let argv = ([launch.executable] + launch.arguments).map { strdup($0) }
    defer { argv.forEach { free($0) } }
    let envp = launch.environmentStrings().map { strdup($0) }
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, launch.executable, &actions, &attributes, argv + [nil], envp + [nil])
    close(theirs)
    guard rc == 0 else {
      close(mine)
      throw .failed("cannot start \(launch.executable): \(String(cString: strerror(rc)).lowercased())")
    }
    self.pid = pid
    self.page = page
    channel = FrameChannel(fd: mine)
    do {
      try channel.write(WorkerMessage.setup(setup).encoded())
    } catch {
      setupFailure = stopAfter(error, limit: Self.startLimit)
    }
  }

  /// Waits until the worker has built its pipeline; throws its reason (and stops it) otherwise.
  func awaitReady() throws(WorkerFailure) {
    if let setupFailure { throw setupFailure }
    do {
      let answer = try WorkerMessage(decoding: try channel.read(until: .now + Self.startLimit))
      switch answer {
      case .ready: return
      case .failed(let why): throw WorkerFailure.failed(why)
      default: throw WorkerFailure.failed("unexpected answer to setup")
      }
    } catch let failure as WorkerFailure {
      stop()
      throw failure
    } catch {
      throw stopAfter(error, limit: Self.startLimit)
    }
  }

  /// Sends one document and waits for its reply, at most `limit` (nil: no limit). On any failure the
  /// worker is stopped (killed if needed) and reaped; the caller starts a new one.
  func process(_ document: Document, at position: DocumentPosition, limit: Duration?) -> Result<WorkerReply, WorkerFailure> {
    sequence += 1
    let request = WorkerMessage.request(WorkerRequest(sequence: sequence, position: position, document: document))
    let deadline = limit.map { ContinuousClock.now + $0 }
    do {
      try channel.write(request.encoded())
      let reply = try WorkerMessage(decoding: try channel.read(until: deadline))
      guard case .reply(let r) = reply, r.sequence == sequence else {
        stop()
        return .failure(.failed("reply out of order"))
      }
      return .success(r)
    } catch {
      return .failure(stopAfter(error, limit: limit ?? .zero))
    }
  }

  /// The index of the pipeline stage the worker was running when it last stopped, if it said.
  var lastStage: Int? { page?.stage }

  /// The failure an I/O or protocol error means, once the worker is stopped and reaped.
  private func stopAfter(_ error: any Error, limit: Duration) -> WorkerFailure {
    switch error {
    case FrameChannel.Failure.timedOut:
      stop()
      return .timedOut(limit)
    case FrameChannel.Failure.closed:
      // It died (or closed its end): its exit status says how.
      return reap() ?? .failed("closed the connection")
    case let e as WireError:
      stop()
      return .failed(e.description)
    case let e as FrameChannel.Failure:
      stop()
      return .failed("\(e)")
    default:
      stop()
      return .failed("\(error)")
    }
  }

  /// Waits for the worker to end; the failure its status means (nil for a clean exit).
  @discardableResult
  private func reap() -> WorkerFailure? {
    guard !reaped else { return nil }
    reaped = true
    close(channel.fd)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return .failed("waitpid: \(String(cString: strerror(errno)).lowercased())") }
    }
    let signal = status & 0x7f
    if signal != 0 && signal != 0x7f { return .crashed(signal: signal) }
    let code = (status >> 8) & 0xff
    return code == 0 ? nil : .exited(status: code)
  }

  /// Kills the worker (it may be stuck in a document) and reaps it.
  func stop() {
    guard !reaped else { return }
    kill(pid, SIGKILL)
    reap()
  }

  /// Ends an idle worker: closing its socket is end of input, it exits by itself.
  func finish() {
    guard !reaped else { return }
    reap()
  }

  deinit { stop() }
}
