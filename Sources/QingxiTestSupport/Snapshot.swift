import Foundation

/// Recorded text of public surface (`qingxi stages`, `qingxi schema`) kept under `Tests/…/Snapshots/`, so
/// that renaming an option or a stage is a reviewed change to a file rather than a silent one.
///
/// With `UPDATE_SNAPSHOTS=1` the file is rewritten and the comparison still fails once, so a recording
/// run can never pass by itself; run again to confirm, then read `git diff` before committing.
public enum Snapshot {
  /// Compares `actual` with the recorded file at `relativePath` (from the package root): `nil` when they
  /// are equal, otherwise a message saying what differs (or that the file was just recorded).
  public static func mismatch(_ actual: String, recordedAt relativePath: String) -> String? {
    let url = PackageRoot.url.appendingPathComponent(relativePath)
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
      do {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
      } catch {
        return "could not record \(relativePath): \(error)"
      }
      return "recorded \(relativePath) (UPDATE_SNAPSHOTS=1 always fails; run again without it)"
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return "no snapshot at \(relativePath); record it with UPDATE_SNAPSHOTS=1"
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected == actual { return nil }
    return "\(relativePath) differs (re-record with UPDATE_SNAPSHOTS=1 if the change is intended):\n"
      + Golden.diff(expected: expected, actual: actual)
  }
}
