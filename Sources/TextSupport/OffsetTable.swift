/// Converts UTF-16 offsets (ICU's unit) to Unicode scalar offsets (Qingxi's unit) in O(1).
///
/// Built once per text; `scalarOffset(utf16:)` is a table lookup. Offsets that fall inside a surrogate
/// pair map to the scalar that pair encodes.
public struct OffsetTable: Sendable {
  /// `scalarIndex[u]` is the scalar offset of UTF-16 offset `u`, for `u` in `0...utf16Count`.
  private let scalarIndex: [Int32]
  /// The text as UTF-16 code units, ready to hand to ICU.
  public let utf16: [UInt16]

  public init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
    var units: [UInt16] = []
    var index: [Int32] = []
    var n: Int32 = 0
    for scalar in scalars {
      if scalar.value > 0xFFFF {
        let v = scalar.value - 0x10000
        units.append(UInt16(0xD800 + (v >> 10)))
        units.append(UInt16(0xDC00 + (v & 0x3FF)))
        index.append(n)
        index.append(n)
      } else {
        units.append(UInt16(scalar.value))
        index.append(n)
      }
      n += 1
    }
    index.append(n)
    self.utf16 = units
    self.scalarIndex = index
  }

  public var utf16Count: Int { utf16.count }

  public func scalarOffset(utf16 offset: Int) -> Int {
    Int(scalarIndex[max(0, min(offset, scalarIndex.count - 1))])
  }
}
