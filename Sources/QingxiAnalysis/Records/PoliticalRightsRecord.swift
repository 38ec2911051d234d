import Qingxi

/// Deprivation of political rights: for a number of months, or for life.
public struct PoliticalRightsRecord: Sendable, Hashable {
  public var months: Int?
  public var life: Bool

  public init(months: Int?, life: Bool) {
    self.months = months
    self.life = life
  }

  public init?(json: JSONValue) {
    guard case .object = json else { return nil }
    let life = json.bool("life") ?? false
    let months = json.count("months")
    if !life && months == nil { return nil }
    self.init(months: months, life: life)
  }

  public var json: JSONValue { .object(["months": months.map(JSONValue.int) ?? .null, "life": .bool(life)]) }
}
