// StageConformanceTests.swift — the same peer suites run through the extractor stage a user gets
// (`extract-money` after decode, split-blocks and split-sentences), not through the parser functions.
//
// Scope, in addition to the parser-level rules in ConformanceTests.swift:
// * JioNLP parse_money: an input with no currency written (一百二十万, 三千多) is out of scope here: the
//   extractor never takes a bare number for money in running text (12339, 2600名), which the parser does
//   when asked for CNY. A case passes when one money entity carries the expected currency and amount
//   (range ends for `blur` ranges, the written figure for `blur±`).
// * Recognizers-Text CurrencyModel (Chinese, English): spans as in ConformanceTests.swift (no amount or no
//   ISO 4217 currency is out of scope). A case passes when every in-scope span is overlapped by a money
//   entity of the same currency and amount and no entity lies outside every expected span.

import Foundation
import QingxiTestSupport
import Testing
@testable import Qingxi
import QingxiNumbers

@Suite(
  .serialized,
  .enabled(if: PeerSuites.isAvailable, "peer suites not found at ../shared/peers (or $QINGXI_PEERS): stage conformance tests skipped")
)
struct StageConformance {
  struct Found {
    var start: Int
    var end: Int
    var currency: String
    var amount: Double?
    var min: Double?
    var max: Double?
    var approximate: Bool
  }

  /// Money entities the stage finds in `input`, in offsets of `input` (the layout stages keep the text).
  static func money(_ input: String) -> [Found] {
    guard let stage = try? ExtractMoney.make(), let doc = try? TestPipelines.extract(input, with: [stage]) else { return [] }
    let text = Array(doc.text.unicodeScalars)
    let raw = Array(input.unicodeScalars)
    // the layout stages may trim the ends: find the text in the input
    var shift = 0
    if text != raw, !text.isEmpty, raw.count >= text.count {
      for k in 0...(raw.count - text.count) where raw[k..<(k + text.count)].elementsEqual(text) {
        shift = k
        break
      }
    }
    var out: [Found] = []
    for e in doc.entities {
      guard let m = e.value.money else { continue }
      out.append(Found(start: e.start + shift, end: e.end + shift, currency: m.currency, amount: m.amount, min: m.min,
                       max: m.max, approximate: m.approximate))
    }
    return out
  }

  @Test func jionlpMoneyThroughTheStage() {
    guard let cases = PeerSuites.load("jionlp/parse_money.jsonl") else { return }
    var t = Tally("jionlp parse_money through extract-money")
    for c in cases {
      let input = c["input"] as? String ?? ""
      guard let raw = c["raw_expected"] as? [String: Any], let unit = raw["case"] as? String,
        let definition = raw["definition"] as? String, let iso = Peer.jionlpCurrency[unit] else {
        t.check(false, "\(input): unreadable expectation")
        continue
      }
      // written: the parser reads a currency without being told to assume CNY
      if MoneyAmount.parse(input) == nil {
        t.skip("no currency written: a bare number is not money in running text")
        continue
      }
      let found = Self.money(input)
      let ok = found.contains { f in
        guard f.currency == iso else { return false }
        if let pair = raw["num"] as? [Any], pair.count == 2 {
          return Peer.moneyEqual(f.min, Peer.number(pair[0])) && Peer.moneyEqual(f.max, Peer.number(pair[1]))
        }
        let want = Peer.number(raw["num"])
        switch definition {
        case "accurate": return Peer.moneyEqual(f.amount, want)
        case "blur": return f.approximate && Peer.moneyEqual(f.amount ?? f.min, want)
        case "blur+": return f.approximate && Peer.moneyEqual(f.amount ?? f.min, want)
        case "blur-": return f.approximate && Peer.moneyEqual(f.amount ?? f.max, want)
        default: return false
        }
      }
      t.check(ok, "\(input): found \(found.map { "\($0.amount ?? -1)|\($0.min ?? -1)-\($0.max ?? -1) \($0.currency)" })")
    }
    t.report()
  }

  @Test func recognizersChineseCurrencyThroughTheStage() {
    currencySuite("recognizers-text/Chinese/NumberWithUnit/CurrencyModel.jsonl", name: "recognizers-text Chinese CurrencyModel through extract-money")
  }

  @Test func recognizersEnglishCurrencyThroughTheStage() {
    currencySuite("recognizers-text/English/NumberWithUnit/CurrencyModel.jsonl", name: "recognizers-text English CurrencyModel through extract-money")
  }

  private func currencySuite(_ path: String, name: String) {
    guard let cases = PeerSuites.load(path) else { return }
    var t = Tally(name)
    for c in cases {
      let input = c["input"] as? String ?? ""
      let spans = c["expected"] as? [[String: Any]] ?? []
      let (inScope, outRanges, firstOutReason) = Peer.currencySpans(c)
      if !spans.isEmpty && inScope.isEmpty {
        t.skip(firstOutReason ?? "out of scope")
        continue
      }
      let found = Self.money(input)
      var detail: [String] = []
      for e in inScope where !found.contains(where: { f in
        Scan.overlaps((f.start, f.end), e.range) && f.currency == e.iso && Peer.moneyEqual(f.amount ?? f.min, e.value)
      }) {
        detail.append("missed \(e.text)=\(e.value) \(e.iso)")
      }
      let all = inScope.map(\.range) + outRanges
      for f in found where !all.contains(where: { Scan.overlaps((f.start, f.end), $0) }) {
        detail.append("spurious \(f.amount ?? -1) \(f.currency)")
      }
      t.check(detail.isEmpty, "\(input.prefix(90)): \(detail.joined(separator: "; ")) found \(found.map { "\($0.amount ?? -1) \($0.currency)" })")
    }
    t.report()
  }
}
