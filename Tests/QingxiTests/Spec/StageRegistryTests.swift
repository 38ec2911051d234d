import Testing

@testable import Qingxi

/// The registry is public surface: pipeline files name these stages. This snapshot fails when a stage
/// disappears or is renamed; update it deliberately when one is added.
@Suite struct StageRegistryTests {
  @Test func registeredStageNames() {
    #expect(StageRegistry.names == [
      "decode", "normalize-unicode", "strip-invisibles", "decode-html-entities", "strip-pinyin-annotations",
      "strip-markdown", "drop-site-chrome",
      "drop-seo-lists", "drop-footers", "drop-disclaimers", "drop-bylines",
      "join-hard-wraps", "remove-cjk-spacing", "drop-captions", "convert-traditional", "split-blocks", "classify-blocks", "split-articles", "split-sentences", "split-words",
      "extract-persons", "extract-courts", "extract-dates", "extract-prison-terms", "extract-detentions",
      "extract-political-rights", "extract-warnings", "extract-money", "extract-charges", "extract-secret-counts",
      "extract-laws", "extract-orgs", "extract-contacts", "link-cases",
    ])
  }

  @Test func namesAreKebabCaseAndUnique() {
    let names = StageRegistry.names
    #expect(Set(names).count == names.count)
    for name in names {
      #expect(name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(name)")
    }
  }

  @Test func catalogListsEveryStageWithOptions() {
    let text = StageCatalog.text()
    for name in StageRegistry.names { #expect(text.contains("\(name) (")) }
    #expect(text.contains("mode: string = \"line\" [line|paragraph]"))
  }
}
