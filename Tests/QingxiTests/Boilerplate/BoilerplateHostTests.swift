import Testing

@testable import Qingxi

@Suite struct BoilerplateHostTests {
  func doc(path: String, format: String = "txt", url: String? = nil, meta: [String: JSONValue] = [:]) -> Document {
    Document(id: "d", source: Source(path: path, format: format, bytes: 0, sha256: "", url: url), text: "x", meta: meta)
  }

  @Test(arguments: [
    ("https://www.Example.COM/news/1.html", "example.com"),
    ("http://user@news.example.com:8080/a?b#c", "news.example.com"),
    ("https://news.example.com", "news.example.com"),
    ("https://news.example.com./x", "news.example.com"),
  ])
  func hostOfURL(url: String, host: String) {
    #expect(BoilerplateHost.host(of: url) == host)
  }

  @Test(arguments: ["", "example.com/a", "https:///a", "mailto:a@b"])
  func noHost(url: String) {
    #expect(BoilerplateHost.host(of: url) == nil)
  }

  @Test func urlFirstThenFileThenFolder() {
    #expect(BoilerplateHost.key(for: doc(path: "crawl/a/1.html", format: "html", url: "https://www.site.cn/1")) == "site.cn")
    #expect(BoilerplateHost.key(for: doc(path: "x.jsonl", format: "jsonl", meta: ["url": .string("http://m.site.cn/2")])) == "m.site.cn")
    #expect(BoilerplateHost.key(for: doc(path: "dumps/site.jsonl.gz", format: "jsonl+gzip")) == "file:site")
    #expect(BoilerplateHost.key(for: doc(path: "crawl/2026-12-02/sina/1.html")) == "dir:sina")
    #expect(BoilerplateHost.key(for: doc(path: "/data/crawl/2026-12-03/sina/2.txt")) == "dir:sina")
    #expect(BoilerplateHost.key(for: doc(path: "1.txt")) == "dir:.")
    #expect(BoilerplateHost.key(for: doc(path: "-")) == "stdin")
  }
}
