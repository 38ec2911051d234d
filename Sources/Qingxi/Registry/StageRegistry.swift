/// Every stage a pipeline file may name, one line each. `qingxi stages` lists them and a snapshot test
/// keeps the list from changing by accident.
public enum StageRegistry {
  public static let all: [any Stage.Type] = [
    DecodeText.self,
    DropHTMLBoilerplate.self,
    NormalizeUnicode.self,
    StripInvisibles.self,
    DecodeHTMLEntities.self,
    StripPinyinAnnotations.self,
    StripMarkdown.self,
    DropMarkupRemnants.self,
    DropInjectedSpam.self,
    DropRelatedLinks.self,
    DropSiteChrome.self,
    DropSEOLists.self,
    DropFooters.self,
    DropDisclaimers.self,
    DropBylines.self,
    DropPageMetadata.self,
    DropDatelines.self,
    DropPhotoCredits.self,
    DropLearnedBoilerplate.self,
    DropBoilerplate.self,
    JoinHardWraps.self,
    JoinLineWraps.self,
    RemoveCJKSpacing.self,
    DropCaptions.self,
    ConvertTraditional.self,
    SplitBlocks.self,
    ClassifyBlocks.self,
    SplitArticles.self,
    SplitSentences.self,
    SplitWords.self,
    ExtractPersons.self,
    ExtractCourts.self,
    ExtractDates.self,
    ExtractPrisonTerms.self,
    ExtractDetentions.self,
    ExtractPoliticalRights.self,
    ExtractWarnings.self,
    ExtractMoney.self,
    ExtractCharges.self,
    ExtractSecretCounts.self,
    ExtractLaws.self,
    ExtractOrgs.self,
    ExtractContacts.self,
    LinkCases.self,
  ]

  /// Former stage names that pipeline files may still use (with a deprecation warning), and the current
  /// name of each.
  public static let renamed: [String: String] = [
    DropBylines.formerName: DropBylines.name
  ]

  public static func stage(named name: String) -> (any Stage.Type)? {
    all.first { $0.name == name }
  }

  public static var names: [String] { all.map { $0.name } }
}
