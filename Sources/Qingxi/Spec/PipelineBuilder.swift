import Foundation
import Yams

/// Reads a pipeline definition (YAML) and builds a validated `Pipeline`, or explains in one paragraph
/// what is wrong and where. Nothing runs until the whole file checks out.
///
/// ```yaml
/// name: default
/// stages:
///   - decode                      # a bare name takes the default options
///   - normalize-unicode:
///       fullwidth_ascii: true     # options are checked against the stage's declared options
/// ```
public enum PipelineBuilder {
  /// Builds from YAML text; `file` names it in errors (and relative paths in it are read beside it).
  /// Warnings (a stage named by its former name) are dropped: use `load` to show them.
  public static func build(yaml: String, file: String) throws(PipelineSpecError) -> Pipeline {
    try load(yaml: yaml, file: file).pipeline
  }

  /// Builds from YAML text, with what in the file still works but should change.
  public static func load(yaml: String, file: String) throws(PipelineSpecError)
    -> (pipeline: Pipeline, warnings: [PipelineWarning])
  {
    let (name, entries) = try parse(yaml: yaml, file: file, depth: 0)
    var warnings: [PipelineWarning] = []
    let pipeline = try build(name: name, entries: entries, listLine: nil, file: file, warnings: &warnings)
    return (pipeline, warnings)
  }

  /// The pipeline's name and its stage entries, each with the file it comes from; `extends:` puts the
  /// base pipeline's entries first (`extends: default` is the built-in default pipeline, anything else a
  /// path relative to this file).
  private static func parse(yaml: String, file: String, depth: Int) throws(PipelineSpecError)
    -> (name: String, entries: [(node: Node, file: String)])
  {
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: yaml) else {
        throw PipelineSpecError(file: file, line: nil, message: "the file is empty; it needs a `stages:` list")
      }
      root = node
    } catch let error as PipelineSpecError {
      throw error
    } catch let error as YamlError {
      throw yamlError(error, file: file)
    } catch {
      throw PipelineSpecError(file: file, line: nil, message: "cannot read yaml: \(error)")
    }

    guard let top = root.mapping else {
      throw PipelineSpecError(
        file: file, line: root.mark?.line, message: "the top level must be a mapping with a `stages:` list")
    }
    var name = "pipeline"
    var stageList: Node?
    var base: [(node: Node, file: String)] = []
    for (keyNode, value) in top {
      let key = keyNode.string ?? ""
      switch key {
      case "name":
        guard let s = value.string else {
          throw PipelineSpecError(file: file, line: value.mark?.line, message: "`name` must be a string")
        }
        name = s
      case "description": break
      case "extends":
        guard let s = value.string, !s.isEmpty else {
          throw PipelineSpecError(file: file, line: value.mark?.line, message: "`extends` must name a pipeline file or `default`")
        }
        guard depth < 8 else {
          throw PipelineSpecError(file: file, line: value.mark?.line, message: "`extends` nests too deeply (a cycle?)")
        }
        let (baseYAML, baseFile) = try loadBase(s, from: file, line: value.mark?.line)
        base = try parse(yaml: baseYAML, file: baseFile, depth: depth + 1).entries
      case "stages": stageList = value
      default:
        throw PipelineSpecError(
          file: file, line: keyNode.mark?.line,
          message: "unknown top-level key `\(key)`; valid keys are name, description, extends, stages")
      }
    }
    guard let list = stageList else {
      if !base.isEmpty { return (name, base) }
      throw PipelineSpecError(file: file, line: root.mark?.line, message: "missing `stages:` list")
    }
    guard let items = list.sequence else {
      throw PipelineSpecError(file: file, line: list.mark?.line, message: "`stages` must be a list of stage names")
    }
    if items.isEmpty, base.isEmpty {
      throw PipelineSpecError(file: file, line: list.mark?.line, message: "`stages` is empty; at least `decode` is needed")
    }
    return (name, base + items.map { (node: $0, file: file) })
  }

  /// The text and name of a base pipeline.
  private static func loadBase(_ ref: String, from file: String, line: Int?) throws(PipelineSpecError) -> (String, String) {
    if ref == "default" { return (DefaultPipeline.yaml, DefaultPipeline.fileName) }
    let path = resolve(path: ref, relativeTo: file)
    guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else {
      throw PipelineSpecError(file: file, line: line, message: "cannot read the base pipeline `\(path)`")
    }
    return (text, path)
  }

  private static func build(
    name: String, entries: [(node: Node, file: String)], listLine: Int?, file topFile: String,
    warnings: inout [PipelineWarning]
  ) throws(PipelineSpecError) -> Pipeline {
    var stages: [any Stage] = []
    var have: Set<Capability> = []
    var lastKind: StageKind?
    var lastName = ""
    for (item, file) in entries {
      var (stageName, nameLine, optionsNode) = try stageEntry(item, file: file)
      if let current = StageRegistry.renamed[stageName] {
        warnings.append(
          PipelineWarning(
            file: file, line: nameLine,
            message: "stage `\(stageName)` is now called `\(current)`; the old name still works but is deprecated"))
        stageName = current
      }
      guard let stageType = StageRegistry.stage(named: stageName) else {
        let hint = nearest(stageName, in: StageRegistry.names).map { "did you mean `\($0)`? " } ?? ""
        throw PipelineSpecError(
          file: file, line: nameLine,
          message: "unknown stage `\(stageName)`; \(hint)valid stages are \(StageRegistry.names.joined(separator: ", "))")
      }
      let given = try options(optionsNode, for: stageType, file: file)
      // Order: decode first, cleaners before layout, layout before annotators (text freezes at layout).
      if let lastKind, stageType.kind < lastKind {
        throw PipelineSpecError(
          file: file, line: nameLine,
          message: "stage `\(stageName)` (\(stageType.kind)) cannot come after `\(lastName)` (\(lastKind)); "
            + "stages run in the order decode, clean, layout, then split and annotate stages")
      }
      if stages.isEmpty, stageType.kind != .decode {
        throw PipelineSpecError(file: file, line: nameLine, message: "the first stage must be `decode`, not `\(stageName)`")
      }
      if !stages.isEmpty, stageType.kind == .decode {
        throw PipelineSpecError(file: file, line: nameLine, message: "`\(stageName)` may appear only once, as the first stage")
      }
      if stageType.kind == .layout, lastKind == .layout {
        throw PipelineSpecError(file: file, line: nameLine, message: "only one layout stage may run; `\(lastName)` already lays out the text")
      }
      if stageType.kind == .annotate || stageType.kind == .split, !stages.contains(where: { type(of: $0).kind == .layout }) {
        throw PipelineSpecError(
          file: file, line: nameLine, message: "stage `\(stageName)` needs the text laid out first: add `split-blocks` before it")
      }
      let missing = stageType.requires.subtracting(have.union(stageType.kind == .decode ? [] : [.text]))
      if !missing.isEmpty {
        let list = missing.map(\.rawValue).sorted().joined(separator: ", ")
        throw PipelineSpecError(
          file: file, line: nameLine,
          message: "stage `\(stageName)` needs \(list), which no earlier stage produces")
      }
      do {
        stages.append(try stageType.init(options: StageOptions(specs: stageType.options, given: given.values)))
      } catch {
        throw PipelineSpecError(
          file: file, line: given.lines[error.key] ?? nameLine,
          message: "stage `\(stageName)` option `\(error.key)`: \(error.message)")
      }
      have.formUnion(stageType.produces)
      lastKind = stageType.kind
      lastName = stageName
    }
    if stages.isEmpty {
      throw PipelineSpecError(file: topFile, line: listLine, message: "`stages` is empty; at least `decode` is needed")
    }
    return Pipeline(name: name, stages: stages)
  }

  /// The stage name, its line, and its options node from `- name` or `- name: {options}`.
  private static func stageEntry(_ item: Node, file: String) throws(PipelineSpecError) -> (String, Int?, Node?) {
    if let s = item.scalar {
      return (s.string, item.mark?.line, nil)
    }
    if let m = item.mapping, m.count == 1, let (k, v) = m.first, let key = k.string {
      return (key, k.mark?.line, v)
    }
    throw PipelineSpecError(
      file: file, line: item.mark?.line,
      message: "each entry of `stages` must be a stage name, or a stage name mapped to its options")
  }

  private static func options(_ node: Node?, for type: any Stage.Type, file: String) throws(PipelineSpecError)
    -> (values: [String: JSONValue], lines: [String: Int])
  {
    guard let node, node.null == nil else { return ([:], [:]) }
    guard let mapping = node.mapping else {
      throw PipelineSpecError(
        file: file, line: node.mark?.line, message: "options of stage `\(type.name)` must be a mapping of option names to values")
    }
    var values: [String: JSONValue] = [:]
    var lines: [String: Int] = [:]
    let specs = type.options
    for (k, v) in mapping {
      let key = k.string ?? ""
      guard let spec = specs.first(where: { $0.key == key }) else {
        let valid = specs.isEmpty ? "it takes no options" : "valid options are \(specs.map(\.key).joined(separator: ", "))"
        let hint = nearest(key, in: specs.map(\.key)).map { "did you mean `\($0)`? " } ?? ""
        throw PipelineSpecError(
          file: file, line: k.mark?.line, message: "stage `\(type.name)` has no option `\(key)`; \(hint)\(valid)")
      }
      values[key] = try value(v, spec: spec, stage: type.name, file: file)
      lines[key] = k.mark?.line
    }
    return (values, lines)
  }

  private static func value(_ node: Node, spec: OptionSpec, stage: String, file: String) throws(PipelineSpecError)
    -> JSONValue
  {
    let wrong = PipelineSpecError(
      file: file, line: node.mark?.line,
      message: "stage `\(stage)` option `\(spec.key)` must be a \(spec.type.rawValue), not `\(describe(node))`")
    switch spec.type {
    case .bool:
      guard node.scalar != nil, let b = node.bool else { throw wrong }
      return .bool(b)
    case .int:
      guard node.scalar != nil, let i = node.int else { throw wrong }
      return .int(i)
    case .number:
      guard node.scalar != nil, let d = node.float else { throw wrong }
      return .double(d)
    case .string:
      guard let s = node.scalar?.string else { throw wrong }
      if let choices = spec.choices, !choices.contains(s) {
        throw PipelineSpecError(
          file: file, line: node.mark?.line,
          message: "stage `\(stage)` option `\(spec.key)` must be one of \(choices.joined(separator: ", ")), not `\(s)`")
      }
      return .string(s)
    case .path:
      guard let s = node.scalar?.string else { throw wrong }
      return .string(resolve(path: s, relativeTo: file))
    case .stringList:
      guard let seq = node.sequence else { throw wrong }
      var out: [JSONValue] = []
      for item in seq {
        guard let s = item.scalar?.string else { throw wrong }
        out.append(.string(s))
      }
      return .array(out)
    }
  }

  /// A relative path in a pipeline file names a file beside it; in an embedded or inline pipeline (whose
  /// `file` is not an existing file) it is relative to the working directory.
  static func resolve(path: String, relativeTo file: String) -> String {
    if path.isEmpty || path.hasPrefix("/") { return path }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else { return path }
    return URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(path).path
  }

  private static func describe(_ node: Node) -> String {
    if let s = node.scalar { return s.string }
    if node.sequence != nil { return "a list" }
    return "a mapping"
  }

  private static func yamlError(_ error: YamlError, file: String) -> PipelineSpecError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
      return PipelineSpecError(file: file, line: mark.line, message: "not valid yaml: \(problem)")
    default:
      return PipelineSpecError(file: file, line: nil, message: "not valid yaml: \(error)")
    }
  }
}
