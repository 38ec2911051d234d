/// The default pipeline, compiled in from `Pipelines/default.yaml`.
public enum DefaultPipeline {
  public static let fileName = "<built-in default.yaml>"

  public static var yaml: String { String(decoding: PackageResources.default_yaml, as: UTF8.self) }

  public static func build() throws(PipelineSpecError) -> Pipeline {
    try PipelineBuilder.build(yaml: yaml, file: fileName)
  }
}
