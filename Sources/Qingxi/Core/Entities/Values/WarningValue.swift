/// An administrative or disciplinary penalty without an amount (`extract-warnings`).
public struct WarningValue: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// 警告, 严重警告.
    case warning
    case seriousWarning = "serious_warning"
    /// 记过, 记大过.
    case demerit
    case seriousDemerit = "serious_demerit"
    /// 降级.
    case demotion
    /// 撤职.
    case dismissal
    /// 开除党籍.
    case partyExpulsion = "party_expulsion"
    /// 开除公职.
    case publicDismissal = "public_dismissal"
    /// 通报批评.
    case criticism
  }
  public var kind: Kind

  public init(kind: Kind) { self.kind = kind }
}
