import ArgumentParser
import Foundation
import Qingxi

struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Segment plain text lines into words (SIGHAN format) or sentences.",
    discussion: """
      Reads UTF-8 text from the files given, or standard input, one paragraph per line, and writes each
      line's words and punctuation marks separated by single spaces (the SIGHAN bakeoff format; an empty
      line stays empty, so line numbers match). With --sentences, writes one sentence per line instead.
      No cleaning is done: the text is segmented as given.
      """)

  @Option(name: .customLong("user-dict"), help: "A word list (one word per line, optional frequency) whose words are never split.")
  var userDictionary: String?

  @Flag(help: "Write one sentence per line instead of words.")
  var sentences = false

  @Argument(help: "Input files; standard input when none.")
  var files: [String] = []

  func run() throws {
    let dictionary: UserDictionary?
    do {
      dictionary = try userDictionary.map { path throws(OptionError) in try PlainTextSegmenter.dictionary(at: path) }
    } catch {
      throw ValidationError("--user-dict: \(error.message)")
    }
    let segmenter = PlainTextSegmenter(dictionary: dictionary)
    let output = FileHandle.standardOutput
    for input in files.isEmpty ? ["-"] : files {
      let data: Data
      do {
        data = input == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: input))
      } catch {
        FileHandle.standardError.write(Data("qingxi segment: cannot read \(input): \(error.localizedDescription)\n".utf8))
        throw ExitCode(QingxiCommand.Status.failed)
      }
      guard let text = String(validating: data, as: UTF8.self) else {
        FileHandle.standardError.write(Data("qingxi segment: \(input) is not valid UTF-8\n".utf8))
        throw ExitCode(QingxiCommand.Status.failed)
      }
      // Chunks of whole lines keep memory flat on large inputs.
      for chunk in Self.chunks(text) {
        let result: String
        do {
          result = sentences ? try segmenter.segmentSentences(String(chunk)) : try segmenter.segmentWords(String(chunk))
        } catch {
          FileHandle.standardError.write(Data("qingxi segment: \(input): \(error)\n".utf8))
          throw ExitCode(QingxiCommand.Status.failed)
        }
        output.write(Data(result.utf8))
      }
    }
  }

  /// Pieces of about a megabyte that end at line ends (the last piece may end without one).
  static func chunks(_ text: String, size: Int = 1 << 20) -> [Substring] {
    let utf8 = text.utf8
    var out: [Substring] = []
    var start = utf8.startIndex
    while start < utf8.endIndex {
      var end = utf8.index(start, offsetBy: size, limitedBy: utf8.endIndex) ?? utf8.endIndex
      if end < utf8.endIndex {
        // Cut after a line end (an ASCII byte, so the cut falls on a character boundary).
        if let nl = utf8[end...].firstIndex(of: UInt8(ascii: "\n")) {
          end = utf8.index(after: nl)
        } else {
          end = utf8.endIndex
        }
      }
      out.append(text[start..<end])
      start = end
    }
    return out
  }
}
