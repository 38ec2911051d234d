/// `--dedupe`: which records a run skips as duplicates of one written before. `none` (the default) writes
/// every record and only reports ids written twice; `id` skips a record whose id was written before;
/// `content` skips a record whose normalised text (`ContentKey`) was written before. A skipped record is
/// counted in the summary (`skipped_duplicates`) and listed in the rejects file with stage `dedupe` and the
/// output line of the first copy, so every input is still accounted for.
public enum Dedupe: String, Sendable, CaseIterable {
  case none
  case id
  case content

  /// The rejection stage named for a skipped duplicate.
  public static let stage = "dedupe"
}
