import Testing

@testable import Qingxi

@Suite struct JSONValueTests {
  @Test func keepsKeyOrderAndEscapes() {
    let v = JSONValue.object(["z": .int(1), "a": .string("引号\"和\\反斜杠\n/"), "n": .null, "d": .double(1.5)])
    #expect(v.serialized() == #"{"z":1,"a":"引号\"和\\反斜杠\n/","n":null,"d":1.5}"#)
  }

  @Test func controlCharactersAreEscaped() {
    #expect(JSONValue.string("\u{01}\t").serialized() == #""\u0001\t""#)
  }

  @Test func wholeNumbersPrintWithoutFraction() {
    #expect(JSONValue.number(150_000_000).serialized() == "150000000")
    #expect(JSONValue.number(0.05).serialized() == "0.05")
  }

  @Test func roundTripsThroughParse() throws {
    let text = #"{"a":[1,2.5,"x",true,null],"b":{"c":"稀土"}}"#
    #expect(try JSONValue.parse(text).serialized() == text)
  }
}
