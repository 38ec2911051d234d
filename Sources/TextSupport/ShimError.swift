import CICUShim

/// An error code returned by one of the C seams, with its library's own name for it.
public struct ShimError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Which library the code comes from.
  public enum Library: String, Sendable { case icu, libxml2, zlib }

  public let library: Library
  /// The library's raw code (an ICU `UErrorCode`, a shim status for libxml2 and zlib).
  public let rawValue: Int32
  /// The library's symbolic name for the code, or the shim's explanation.
  public let name: String

  public init(library: Library, rawValue: Int32, name: String) {
    self.library = library
    self.rawValue = rawValue
    self.name = name
  }

  static func icu(_ status: Int32) -> ShimError {
    let name = qx_icu_error_name(status).map { String(cString: $0) } ?? "unknown icu error"
    return ShimError(library: .icu, rawValue: status, name: name)
  }

  public var description: String { "\(library.rawValue) error \(rawValue) (\(name))" }
}
