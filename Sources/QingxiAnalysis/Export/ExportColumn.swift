/// A column of an exported table: name, SQL type (INTEGER, REAL, TEXT) and whether NULL is allowed.
public struct ExportColumn: Sendable, Equatable {
  public var name: String
  public var type: String
  public var nullable: Bool
  public var references: String?

  public init(_ name: String, _ type: String, nullable: Bool = true, references: String? = nil) {
    self.name = name
    self.type = type
    self.nullable = nullable
    self.references = references
  }
}
