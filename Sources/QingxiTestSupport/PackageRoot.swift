import Foundation

/// Paths of the package checkout, found from this file's own path, for tests that read `Corpus/`,
/// `Pipelines/` and the peers' suites in `../shared/peers/`.
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
}
