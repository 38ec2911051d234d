extension String {
  /// A string from scalars, the one way from scalars to `String` in Qingxi: it counts the UTF-8 bytes,
  /// then writes them straight into the string's storage (a short string does not allocate; appending
  /// to a `String.UnicodeScalarView` took about ten times as long).
  public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
    var count = 0
    for scalar in scalars { count += UTF8.width(scalar) }
    self.init(unsafeUninitializedCapacity: count) { buffer in
      var k = 0
      for scalar in scalars {
        UTF8.encode(scalar) { byte in
          buffer[k] = byte
          k += 1
        }
      }
      return k
    }
  }
}
