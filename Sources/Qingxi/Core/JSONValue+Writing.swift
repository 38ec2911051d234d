extension JSONValue {
  /// Compact JSON text: no spaces, keys in stored order, non-ASCII written as UTF-8, `/` not escaped.
  public func serialized() -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(into: &out, indent: nil, level: 0)
    return String(decoding: out, as: UTF8.self)
  }

  /// Indented JSON text (two spaces), for files people read (schemas, summaries, golden files).
  public func pretty() -> String {
    var out: [UInt8] = []
    write(into: &out, indent: 2, level: 0)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  func write(into out: inout [UInt8], indent: Int?, level: Int) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): JSONValue.writeInt(i, into: &out)
    case .double(let d): out.append(contentsOf: JSONValue.format(d).utf8)
    case .string(let s): JSONValue.writeString(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out.append(contentsOf: [UInt8(ascii: "["), UInt8(ascii: "]")])
        return
      }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSONValue.newline(&out, indent, level + 1)
        item.write(into: &out, indent: indent, level: level + 1)
      }
      JSONValue.newline(&out, indent, level)
      out.append(UInt8(ascii: "]"))
    case .object(let o):
      if o.isEmpty {
        out.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
        return
      }
      out.append(UInt8(ascii: "{"))
      for (i, pair) in o.pairs.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSONValue.newline(&out, indent, level + 1)
        JSONValue.writeString(pair.key, into: &out)
        out.append(UInt8(ascii: ":"))
        if indent != nil { out.append(UInt8(ascii: " ")) }
        pair.value.write(into: &out, indent: indent, level: level + 1)
      }
      JSONValue.newline(&out, indent, level)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(_ out: inout [UInt8], _ indent: Int?, _ level: Int) {
    guard let indent else { return }
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
  }

  static func format(_ d: Double) -> String {
    if !d.isFinite { return "null" }
    if d == d.rounded(), abs(d) < 9e15 { return String(Int(d)) }
    return "\(d)"
  }

  static func writeInt(_ i: Int, into out: inout [UInt8]) {
    // Decimal strings of this size are small strings: no heap allocation.
    out.append(contentsOf: String(i).utf8)
  }

  static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    // Fast path: copy runs of bytes that need no escaping.
    s.withUTF8 { bytes in
      var runStart = 0
      for (k, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<k]))
        escape(byte, into: &out)
        runStart = k + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  static func escape(_ byte: UInt8, into out: inout [UInt8]) {
    switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0..<0x20:
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0xF)])
      default: out.append(byte)
    }
  }
}
