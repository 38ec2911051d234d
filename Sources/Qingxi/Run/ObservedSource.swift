/// Passes on every event of `base`, showing each to `observe` first (progress reporting).
public struct ObservedSource<Base: DocumentSource>: DocumentSource {
  private var base: Base
  private let observe: (SourceEvent) -> Void

  public init(_ base: Base, observe: @escaping (SourceEvent) -> Void) {
    self.base = base
    self.observe = observe
  }

  public mutating func next() -> SourceEvent? {
    guard let event = base.next() else { return nil }
    observe(event)
    return event
  }
}
