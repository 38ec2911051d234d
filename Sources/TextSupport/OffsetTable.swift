/// Converts UTF-16 offsets (ICU's unit) to Unicode scalar offsets (Qingxi's unit) in O(1).
///
/// Built once per text; `scalarOffset(utf16:)` is a table lookup. Offsets that fall inside a surrogate
/// pair map to the scalar that pair encodes.
public struct OffsetTable: Sendable {
  /// `scalarIndex[u]` is the scalar offset of UTF-16 offset `u`, for `u` in `0...utf16.count`.
  private let scalarIndex: [Int32]
  /// The text as UTF-16 code units, ready to hand to ICU.
  public let utf16: [UInt16]

  public init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
    self.init(scalars: Array(scalars))
  }

  /// The common case, kept non-generic so it is compiled for arrays (the generic one, called across the
  /// module boundary, ran unspecialized at a fraction of the speed).
  public init(scalars: [Unicode.Scalar]) {
    var units: [UInt16] = []
    var index: [Int32] = []
    units.reserveCapacity(scalars.count + scalars.count / 16)
    index.reserveCapacity(scalars.count + scalars.count / 16 + 1)
    var n: Int32 = 0
    scalars.withUnsafeBufferPointer { buffer in
      for scalar in buffer {
        let v = scalar.value
        if v > 0xFFFF {
          let w = v - 0x10000
          units.append(UInt16(truncatingIfNeeded: 0xD800 + (w >> 10)))
          units.append(UInt16(truncatingIfNeeded: 0xDC00 + (w & 0x3FF)))
          index.append(n)
          index.append(n)
        } else {
          units.append(UInt16(truncatingIfNeeded: v))
          index.append(n)
        }
        n += 1
      }
    }
    index.append(n)
    self.utf16 = units
    self.scalarIndex = index
  }

  public func scalarOffset(utf16 offset: Int) -> Int {
    Int(scalarIndex[max(0, min(offset, scalarIndex.count - 1))])
  }
}
