import Foundation

/// Paths of the package checkout, found from this file's own path, for tests that read `Corpus/`,
/// `Pipelines/` and the peers' suites in `../shared/peers/` (outside the repository, may be absent).
public enum PackageRoot {
  public static let url: URL = {
    var url = URL(fileURLWithPath: #filePath)
    // Sources/QingxiTestSupport/PackageRoot.swift -> package root
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url
  }()

  public static func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

  /// `../shared/peers/<name>` beside the checkout, if present.
  public static func peers(_ relative: String) -> String {
    url.deletingLastPathComponent().appendingPathComponent("shared/peers").appendingPathComponent(relative).path
  }

  /// The text of the seed page whose file name starts with `prefix` (`"001"`) in `Corpus/raw/` (the same
  /// bytes as `../shared/seeds/`, kept in the repository so a plain clone can run the tests).
  public static func seed(_ prefix: String) throws -> String {
    let dir = url.appendingPathComponent("Corpus/raw")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: dir.appendingPathComponent(prefix).path])
    }
    return try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
  }
}
