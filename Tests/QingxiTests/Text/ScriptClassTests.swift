import Testing
@testable import Qingxi

@Suite struct ScriptClassTests {
  @Test func classesByRange() {
    #expect(ScriptClass.of("判") == .han && ScriptClass.of("〇") == .han && ScriptClass.of("𠀀") == .han)
    #expect(ScriptClass.of("a") == .latin && ScriptClass.of("é") == .latin && ScriptClass.of("×") == .punctuation)
    #expect(ScriptClass.of("7") == .digit && ScriptClass.of(" ") == .space && ScriptClass.of("\n") == .space)
    #expect(ScriptClass.of("カ") == .kana && ScriptClass.of("한") == .hangul)
    #expect(ScriptClass.of("。") == .punctuation && ScriptClass.of("，") == .punctuation)
    #expect(ScriptClass.of("Ж") == .other)
  }

  @Test func countsWeighHanAgainstLatinLettersOverThree() {
    #expect(ScriptCounts(Array("中文abc".unicodeScalars)).language == .zh)
    #expect(ScriptCounts(Array("中abcdefg".unicodeScalars)).language == .en)
    #expect(ScriptCounts(Array("123 ,.".unicodeScalars)).language == .undetermined)
  }
}
