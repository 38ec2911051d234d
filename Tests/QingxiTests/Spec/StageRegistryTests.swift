import QingxiTestSupport
import Testing

@testable import Qingxi

/// The registry is public surface: pipeline files name these stages. This snapshot fails when a stage
/// disappears or is renamed; update it deliberately when one is added.
@Suite struct StageRegistryTests {
  @Test func registeredStageNames() {
    #expect(StageRegistry.names == [
      "decode", "drop-html-boilerplate", "normalize-unicode", "strip-invisibles", "decode-html-entities", "strip-pinyin-annotations",
      "strip-markdown", "drop-markup-remnants", "drop-injected-spam", "drop-related-links", "drop-site-chrome",
      "drop-seo-lists", "drop-footers", "drop-disclaimers", "drop-bylines",
      "drop-page-metadata", "drop-datelines", "drop-photo-credits", "drop-learned-boilerplate", "drop-boilerplate",
      "join-hard-wraps", "join-line-wraps", "remove-cjk-spacing", "drop-captions", "convert-traditional", "split-blocks", "classify-blocks", "split-articles", "split-sentences", "split-words",
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

  /// Every registered stage, built with its default options, reads only the keys it declares: a key
  /// misspelt in `init` (or dropped from `options`) would otherwise silently read as 0, false or nil.
  @Test(arguments: StageRegistry.names)
  func readsOnlyDeclaredOptions(_ name: String) throws {
    let type = try #require(StageRegistry.stage(named: name))
    let options = StageOptions(specs: type.options, given: [:])
    if name == DropLearnedBoilerplate.name {
      // Its table has no default: it refuses an empty `table`, after reading its options.
      _ = try? type.init(options: options)
    } else {
      _ = try type.init(options: options)
    }
    #expect(options.undeclaredReads == [], "\(name) reads options it does not declare")
  }

  @Test func undeclaredReadsAreRecorded() {
    let options = StageOptions(specs: [.enabled()], given: [:])
    #expect(options.bool("enabled"))
    #expect(options.int("max_lenght") == 0)
    #expect(options.undeclaredReads == ["max_lenght"])
    // Options made from bare values declare nothing and record nothing.
    #expect(StageOptions(["a": .int(1)]).int("b") == 0)
  }

  @Test func makeValidatesKeysAndTypes() {
    #expect(throws: PipelineSpecError.self) { try SplitBlocks.make(["mdoe": .string("line")]) }
    #expect(throws: PipelineSpecError.self) { try SplitBlocks.make(["mode": .string("sentence")]) }
    #expect(throws: PipelineSpecError.self) { try DropCaptions.make(["max_length": .string("9")]) }
    #expect(throws: Never.self) { try SplitBlocks.make(["mode": .string("paragraph")]) }
  }
}
