import Foundation
import QingxiAnalysis

/// Tells on standard error which input lines were not records (the first ten, then a count).
enum Skipped {
  static func warn(_ issues: [RecordIssue]) {
    guard !issues.isEmpty else { return }
    var text = ""
    for issue in issues.prefix(10) { text += "skipped \(issue)\n" }
    if issues.count > 10 { text += "… and \(issues.count - 10) more skipped line(s)\n" }
    FileHandle.standardError.write(Data(text.utf8))
  }
}
