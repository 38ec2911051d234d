/// A cell of an exported row: SQL NULL, an integer, a real or text.
public enum ExportValue: Sendable, Equatable {
  case null
  case int(Int)
  case real(Double)
  case text(String)

  public init(_ s: String?) { self = s.map(ExportValue.text) ?? .null }
  public init(_ i: Int?) { self = i.map(ExportValue.int) ?? .null }
  public init(_ d: Double?) { self = d.flatMap { $0.isFinite ? ExportValue.real($0) : nil } ?? .null }
  public init(_ b: Bool?) { self = b.map { ExportValue.int($0 ? 1 : 0) } ?? .null }
}
