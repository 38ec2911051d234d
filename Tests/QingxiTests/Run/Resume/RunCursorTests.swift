import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct RunCursorTests {
  struct ListSource: DocumentSource {
    var events: [SourceEvent]
    mutating func next() -> SourceEvent? { events.isEmpty ? nil : events.removeFirst() }
  }

  func events() -> [SourceEvent] {
    let a = InputFile(path: "a.jsonl", id: "a", index: 0)
    let c = InputFile(path: "c.txt", id: "c", index: 2)
    return [
      .opened(a),
      .document(TestPipelines.document("一", id: "a:1"), DocumentPosition(input: 0, line: 1, offset: 0)),
      .unreadable(ReadFailure(input: "a.jsonl:2", id: "a:2", reason: "bad"), DocumentPosition(input: 0, line: 2, offset: 9)),
      .closed(a, bytes: 20),
      .inputFailed(ReadFailure(input: "b", id: "b", reason: "missing"), input: 1),
      .opened(c),
      .document(TestPipelines.document("三", id: "c"), DocumentPosition(input: 2)),
      .closed(c, bytes: 3),
    ]
  }

  func ids(_ e: [SourceEvent]) -> [String] {
    e.map { event in
      switch event {
      case .opened(let f): "open \(f.id)"
      case .closed(let f, _): "close \(f.id)"
      case .inputFailed(let f, _): "failed \(f.id)"
      case .document(let d, _): "doc \(d.id)"
      case .unreadable(let f, _): "bad \(f.id)"
      case .oversized(let f, _, _, _): "big \(f.id)"
      case .skipped(let kind, _): "skipped \(kind)"
      }
    }
  }

  @Test func aResumedSourceGivesExactlyTheEventsAfterTheCursor() {
    let all = events()
    var cursor = RunCursor()
    for k in 0...all.count {
      if k > 0 { cursor.advance(past: all[k - 1]) }
      var source = ResumedSource(ListSource(events: all), after: cursor)
      var rest: [SourceEvent] = []
      while let e = source.next() { rest.append(e) }
      #expect(ids(rest) == ids(Array(all[k...])), "after \(k) events, cursor \(cursor)")
    }
  }

  @Test func closingOrFailingFinishesAnInput() {
    var cursor = RunCursor()
    let all = events()
    for e in all.prefix(4) { cursor.advance(past: e) }
    #expect(cursor == RunCursor(input: 1, events: 0))
    cursor.advance(past: all[4])
    #expect(cursor == RunCursor(input: 2, events: 0))
    cursor.advance(past: all[5])
    #expect(cursor == RunCursor(input: 2, events: 1))
  }
}
