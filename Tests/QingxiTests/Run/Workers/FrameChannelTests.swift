import Testing

@testable import Qingxi

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct FrameChannelTests {
  func pair() throws -> (FrameChannel, FrameChannel) {
    var fds: [Int32] = [-1, -1]
    try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0)
    return (FrameChannel(fd: fds[0]), FrameChannel(fd: fds[1]))
  }

  @Test func framesArriveWholeAndInOrder() throws {
    let (a, b) = try pair()
    defer {
      close(a.fd)
      close(b.fd)
    }
    try a.write([1, 2, 3])
    try a.write([])
    #expect(try b.read(until: .now + .seconds(5)) == [1, 2, 3])
    #expect(try b.read(until: nil) == [])
  }

  @Test func silenceTimesOutAndAClosedPeerIsClosed() throws {
    let (a, b) = try pair()
    defer { close(b.fd) }
    let started = ContinuousClock.now
    #expect(throws: FrameChannel.Failure.timedOut) { try b.read(until: .now + .milliseconds(200)) }
    #expect(ContinuousClock.now - started >= .milliseconds(200))
    // Half a header, then the peer goes away.
    try #require(send(a.fd, [0x05, 0], 2, 0) == 2)
    close(a.fd)
    #expect(throws: FrameChannel.Failure.closed) { try b.read(until: .now + .seconds(5)) }
    // Writing to a peer that is gone is an error, not SIGPIPE.
    #expect(throws: FrameChannel.Failure.closed) { try b.write(Array(repeating: 7, count: 1 << 20)) }
  }

  @Test func timeLimitsReadInSeconds() {
    #expect(WorkerFailure.timedOut(.seconds(10)).reason == "timeout after 10 s")
    #expect(WorkerFailure.timedOut(.milliseconds(1500)).reason == "timeout after 1.5 s")
    #expect(WorkerFailure.timedOut(.milliseconds(250)).reason == "timeout after 0.25 s")
    #expect(WorkerFailure.crashed(signal: 4).reason == "crashed: signal 4")
  }
}
