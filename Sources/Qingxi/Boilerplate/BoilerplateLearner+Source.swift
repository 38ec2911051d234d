import Foundation

extension BoilerplateLearner {
  /// Counts every document of `source` (the same reader as `qingxi run`), running the prefix on `jobs`
  /// threads over batches of documents and counting them in input order, so the table is the same for
  /// any `jobs`. Inputs and lines that cannot be read are counted in `unreadable`.
  public mutating func learn(from source: inout some DocumentSource, jobs: Int = 1, batchSize: Int = 256) {
    var batch: [Document] = []
    func flush(_ learner: inout BoilerplateLearner) {
      learner.addBatch(batch, jobs: jobs)
      batch.removeAll(keepingCapacity: true)
    }
    while let event = source.next() {
      switch event {
      case .document(let doc, _):
        batch.append(doc)
        if batch.count >= batchSize { flush(&self) }
      case .unreadable, .inputFailed, .oversized:
        unreadable += 1
      case .opened, .closed, .skipped:
        break
      }
    }
    flush(&self)
  }

  /// Runs the prefix over `docs` in parallel, then counts them in order.
  mutating func addBatch(_ docs: [Document], jobs: Int) {
    if docs.isEmpty { return }
    let prefix = self.prefix
    let results = ResultSlots(count: docs.count)
    DispatchQueue.concurrentPerform(iterations: min(max(jobs, 1), docs.count)) { worker in
      var i = worker
      while i < docs.count {
        results.set(i, prefix.run(docs[i]))
        i += max(jobs, 1)
      }
    }
    for outcomes in results.values {
      documentsRead += 1
      record(outcomes)
    }
  }
}

/// One slot per document, each written by one worker (disjoint), read after all are done.
private final class ResultSlots: @unchecked Sendable {
  private var slots: UnsafeMutableBufferPointer<[Pipeline.Outcome]>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: [])
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ i: Int, _ value: [Pipeline.Outcome]) { slots[i] = value }

  var values: [[Pipeline.Outcome]] { Array(slots) }
}
