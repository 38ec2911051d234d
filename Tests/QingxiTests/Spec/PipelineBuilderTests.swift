import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct PipelineBuilderTests {
  func error(_ yaml: String) -> PipelineSpecError? {
    do {
      _ = try PipelineBuilder.build(yaml: yaml, file: "p.yaml")
      return nil
    } catch {
      return error
    }
  }

  @Test func buildsTheDefaultPipeline() throws {
    let p = try DefaultPipeline.build()
    #expect(p.name == "default")
    #expect(p.stages.first?.name == "decode")
  }

  @Test func builtInDefaultIsPipelinesDefaultYaml() throws {
    let file = try String(contentsOfFile: PackageRoot.path("Pipelines/default.yaml"), encoding: .utf8)
    #expect(DefaultPipeline.yaml == file)
  }

  @Test func everyPipelineFileBuilds() throws {
    let dir = PackageRoot.path("Pipelines")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".yaml") }
    #expect(!names.isEmpty)
    for name in names {
      let yaml = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
      // The file's own path: relative paths in it (nightly's `table:`) are read beside it.
      _ = try PipelineBuilder.build(yaml: yaml, file: dir + "/" + name)
    }
  }

  @Test func unknownStageNamesTheLineAndSuggests() throws {
    let e = try #require(error("stages:\n  - decode\n  - normalise-unicode\n"))
    #expect(e.file == "p.yaml")
    #expect(e.line == 3)
    #expect(e.message.contains("unknown stage `normalise-unicode`"))
    #expect(e.message.contains("did you mean `normalize-unicode`?"))
    #expect(e.message.contains("valid stages are decode, drop-html-boilerplate, normalize-unicode"))
    #expect(e.description.hasPrefix("p.yaml:3: "))
  }

  @Test func unknownOptionListsValidOnes() throws {
    let e = try #require(error("stages:\n  - decode\n  - split-blocks:\n      moed: line\n"))
    #expect(e.line == 4)
    #expect(e.message.contains("has no option `moed`; did you mean `mode`? valid options are mode"))
  }

  @Test func wrongTypeIsNamed() throws {
    let e = try #require(error("stages:\n  - decode:\n      max_bytes: lots\n"))
    #expect(e.line == 3)
    #expect(e.message.contains("option `max_bytes` must be a int, not `lots`"))
  }

  @Test func choicesAreChecked() throws {
    let e = try #require(error("stages:\n  - decode\n  - split-blocks:\n      mode: pages\n"))
    #expect(e.message.contains("must be one of line, paragraph, not `pages`"))
  }

  @Test func stageOrderIsChecked() throws {
    let e = try #require(error("stages:\n  - decode\n  - split-blocks\n  - normalize-unicode\n"))
    #expect(e.line == 4)
    #expect(e.message.contains("cannot come after `split-blocks`"))
  }

  @Test func annotatorsNeedLayout() throws {
    let e = try #require(error("stages:\n  - decode\n  - split-sentences\n"))
    #expect(e.message.contains("needs the text laid out first"))
  }

  @Test func decodeMustComeFirst() throws {
    let e = try #require(error("stages:\n  - normalize-unicode\n"))
    #expect(e.message.contains("first stage must be `decode`"))
  }

  @Test func brokenYamlGivesFileAndLine() throws {
    let e = try #require(error("stages:\n  - decode\n  - split-blocks: {mode: line\n"))
    #expect(e.file == "p.yaml")
    #expect(e.line != nil)
    #expect(e.message.hasPrefix("not valid yaml"))
  }

  @Test func unknownTopLevelKey() throws {
    let e = try #require(error("stage:\n  - decode\n"))
    #expect(e.line == 1)
    #expect(e.message.contains("unknown top-level key `stage`"))
  }

  @Test func optionMeaningErrorsPointAtTheOption() throws {
    let e = try #require(error("stages:\n  - decode:\n      max_bytes: 0\n"))
    #expect(e.line == 3)
    #expect(e.message.contains("must be positive"))
  }

  @Test("a former stage name still builds that stage, with a deprecation warning naming the line")
  func formerStageNameWarns() throws {
    let (p, warnings) = try PipelineBuilder.load(
      yaml: "stages:\n  - decode\n  - extract-bylines:\n      enabled: false\n  - drop-captions\n", file: "old.yaml")
    #expect(p.stages.map(\.name) == ["decode", "drop-bylines", "drop-captions"])
    #expect((p.stages[1] as? DropBylines)?.enabled == false)
    #expect(warnings.map(\.description) == [
      "old.yaml:3: stage `extract-bylines` is now called `drop-bylines`; the old name still works but is deprecated"
    ])
    #expect(try PipelineBuilder.load(yaml: DefaultPipeline.yaml, file: "d.yaml").warnings.isEmpty)
  }

  @Test("extends: default puts the built-in default stages first; errors name the file they are in")
  func extendsDefault() throws {
    let base = try DefaultPipeline.build()
    let p = try PipelineBuilder.build(yaml: "name: words\nextends: default\nstages:\n  - split-words\n", file: "w.yaml")
    #expect(p.name == "words")
    #expect(p.stages.map(\.name) == base.stages.map(\.name) + ["split-words"])
    let e = try #require(error("extends: default\nstages:\n  - decode\n"))
    #expect(e.file == "p.yaml" && e.line == 3)
    #expect(e.message.contains("`decode` (decode) cannot come after"))
    let missing = try #require(error("extends: nowhere.yaml\nstages: [split-words]\n"))
    #expect(missing.message.contains("cannot read the base pipeline"))
  }
}

