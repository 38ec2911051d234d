#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// A small memory page shared by the parent and one worker, where the worker publishes the pipeline
/// stage it is running (index + 1; 0 between documents). When the worker crashes or is killed at the
/// time limit, the parent reads it and names the stage in the rejection. An unlinked temporary file,
/// mapped by both; handed to the worker as a file descriptor.
final class StagePage: @unchecked Sendable {
  let fd: Int32
  private let word: UnsafeMutablePointer<Int32>

  private init(fd: Int32, word: UnsafeMutablePointer<Int32>) {
    self.fd = fd
    self.word = word
  }

  /// A new page (parent side), or nil if none can be made (stages are then not named).
  static func create() -> StagePage? {
    let dir = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    var template = Array("\(dir)/.qingxi-stage-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buf in buf.baseAddress.map { mkstemp($0) } ?? -1 }
    guard fd >= 0 else { return nil }
    template.withUnsafeBufferPointer { buf in _ = buf.baseAddress.map { unlink($0) } }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    guard ftruncate(fd, off_t(MemoryLayout<Int32>.size)) == 0, let page = map(fd) else {
      close(fd)
      return nil
    }
    return page
  }

  /// The page behind `fd` (worker side), or nil.
  static func map(_ fd: Int32) -> StagePage? {
    let p = mmap(nil, Int(getpagesize()), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
    guard let p, p != MAP_FAILED else { return nil }
    return StagePage(fd: fd, word: p.bindMemory(to: Int32.self, capacity: 1))
  }

  /// The stage index published, nil between documents.
  var stage: Int? {
    get {
      let v = word.pointee
      return v > 0 ? Int(v) - 1 : nil
    }
    set { word.pointee = newValue.map { Int32(truncatingIfNeeded: $0 + 1) } ?? 0 }
  }

  deinit {
    munmap(UnsafeMutableRawPointer(word), Int(getpagesize()))
    close(fd)
  }
}
