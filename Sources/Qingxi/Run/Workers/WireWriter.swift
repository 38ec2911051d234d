/// Builds the payload of one frame of the worker protocol: fixed-width little-endian integers and
/// length-prefixed byte strings, nothing else (see `WireReader`, which reads it back).
struct WireWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

  mutating func int(_ v: Int) { uint64(UInt64(bitPattern: Int64(v))) }

  mutating func uint64(_ v: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: v >> UInt64(shift))) }
  }

  mutating func byte(_ v: UInt8) { bytes.append(v) }

  mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

  mutating func bytes(_ v: some Collection<UInt8>) {
    int(v.count)
    bytes.append(contentsOf: v)
  }

  mutating func string(_ v: String) { bytes(v.utf8) }

  mutating func optionalString(_ v: String?) {
    bool(v != nil)
    if let v { string(v) }
  }

  mutating func duration(_ d: Duration) {
    int(Int(d.components.seconds))
    int(Int(d.components.attoseconds))
  }

  mutating func counts(_ d: [String: Int]) {
    int(d.count)
    for (k, v) in d.sorted(by: { $0.key < $1.key }) {
      string(k)
      int(v)
    }
  }
}
