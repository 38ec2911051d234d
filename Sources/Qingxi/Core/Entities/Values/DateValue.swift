/// A calendar date (`extract-dates`).
public struct DateValue: Sendable, Hashable {
  /// ISO 8601, as precise as the text: 2023, 2023-11, 2023-11-26, --11-26 (year unknown), --XX-14 (a day of an
  /// unknown month), 2013-H2 (a half year), intervals `A/B` (2013-02/2014-05, 1997/2001).
  public var value: String
  /// True when any part came from outside the phrase (publication date, an earlier date).
  public var relative: Bool

  public init(value: String, relative: Bool) {
    self.value = value
    self.relative = relative
  }
}
