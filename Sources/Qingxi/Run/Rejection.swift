/// An input, or a document of one, that was not written, with the stage and the reason.
public struct Rejection: Sendable, Equatable {
  /// The input path (with `:N` for line N of a JSON Lines file that could not be read).
  public var input: String
  public var id: String
  /// `read` for inputs that could not be read, else the stage that rejected the document.
  public var stage: String
  public var reason: String

  public init(input: String, id: String, stage: String, reason: String) {
    self.input = input
    self.id = id
    self.stage = stage
    self.reason = reason
  }

  /// Rejections at this stage come from reading, before any pipeline stage.
  public static let readStage = "read"

  /// The rejection as a JSON object (`input`, `id`, `stage`, `reason`), as in `summary.json`.
  public func json() -> JSONValue {
    .object(["input": .string(input), "id": .string(id), "stage": .string(stage), "reason": .string(reason)])
  }
}
