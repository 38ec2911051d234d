#!/usr/bin/env python3
"""Writes the WARC and WET samples in Corpus/raw from the seed texts, so they can be rebuilt.

  python3 Corpus/tools/make-warc-samples.py

- 005_crawl.warc.gz: a small crawl as Common Crawl publishes it, one gzip member per record: warcinfo;
  request + response + metadata for a UTF-8 Chinese news page (seed 000 wrapped in portal chrome);
  request + response for a GBK page whose charset is declared only in the HTTP header (seed 002); a 404;
  an image/jpeg response; a revisit.
- 006_crawl.warc.wet: the WET (text) of such a crawl, uncompressed: warcinfo and three conversion records
  (seeds 000, 001 and 002, one paragraph per line as Common Crawl writes them).

Dates, record ids and digests are fixed, so the output is byte-identical from run to run.
"""
import gzip
import hashlib
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "..", "raw")


def seed(prefix, budget):
    """The title and the first paragraphs (about `budget` characters) of a seed text."""
    name = next(n for n in sorted(os.listdir(RAW)) if n.startswith(prefix) and n.endswith(".txt"))
    with open(os.path.join(RAW, name), encoding="utf-8") as fh:
        paras = [p.strip() for p in fh.read().split("\n") if p.strip()]
    title, body, used = paras[0], [], 0
    for p in paras[1:]:
        if used > budget:
            break
        body.append(p)
        used += len(p)
    return title, body


def record_id(n):
    return "<urn:uuid:%s>" % uuid.UUID(int=0x5157_0000_0000_4000_8000_0000_0000_0000 + n)


def digest(data):
    return "sha1:" + hashlib.sha1(data).hexdigest().upper()


def record(fields, block):
    head = "WARC/1.0\r\n" + "".join("%s: %s\r\n" % kv for kv in fields)
    head += "Content-Length: %d\r\n\r\n" % len(block)
    return head.encode("utf-8") + block + b"\r\n\r\n"


def portal_page(title, paras, site, charset_meta):
    """An article page in realistic portal chrome: menu, breadcrumbs, related links, footer."""
    meta = '<meta charset="utf-8">' if charset_meta else ""
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>{meta}
<title>{title}_{site}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2025-04-23T09:30:00+08:00">
<link rel="stylesheet" href="/css/main.css"><script>var _hmt = _hmt || []; window.ads = {{slot: 3}};</script>
</head><body>
<div class="top-bar"><a href="/">首页</a> | <a href="/login">登录</a> | <a href="/app">客户端下载</a></div>
<nav class="main-nav"><ul><li><a href="/news">新闻</a></li><li><a href="/finance">财经</a></li>
<li><a href="/tech">科技</a></li><li><a href="/sports">体育</a></li><li><a href="/ent">娱乐</a></li></ul></nav>
<div class="breadcrumb"><a href="/">{site}</a> &gt; <a href="/news">新闻</a> &gt; 正文</div>
<article class="article-content">
<h1>{title}</h1>
<div class="info"><span class="time">2025-04-23 09:30</span> <span class="source">来源：{site}</span></div>
{body}
<p class="editor">（责任编辑：王明）</p>
</article>
<aside class="related"><h3>相关新闻</h3><ul>
<li><a href="/news/1.html">多地开展全民国家安全教育日宣传活动</a></li>
<li><a href="/news/2.html">关键矿产出口管制政策解读</a></li>
<li><a href="/news/3.html">专家谈产业链供应链安全</a></li></ul></aside>
<div class="share" aria-hidden="true">分享到：微信 微博 QQ空间</div>
<footer><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p>
<p>Copyright © 2025 {site} 版权所有 京ICP备12345678号</p></footer>
<script>document.write('<div class="ad">广告</div>');</script>
</body></html>
"""


def http_response(status, reason, content_type, body, extra=()):
    lines = ["HTTP/1.1 %d %s" % (status, reason), "Date: Wed, 23 Apr 2025 02:15:07 GMT", "Server: nginx"]
    if content_type:
        lines.append("Content-Type: " + content_type)
    lines += list(extra)
    lines.append("Content-Length: %d" % len(body))
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


def http_request(url):
    host = url.split("/")[2]
    path = "/" + "/".join(url.split("/")[3:])
    return (
        "GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: CCBot/2.0 (https://commoncrawl.org/faq/)\r\n"
        "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\nAccept-Encoding: br,gzip\r\n\r\n" % (path, host)
    ).encode("ascii")


def warc_records():
    date = "2025-04-23T02:15:07Z"
    n = [0]

    def common(kind, url=None):
        n[0] += 1
        fields = [("WARC-Type", kind), ("WARC-Date", date), ("WARC-Record-ID", record_id(n[0]))]
        if url:
            fields.append(("WARC-Target-URI", url))
        return fields

    out = []
    info = b"isPartOf: QX-SAMPLE-2025-17\r\npublisher: Qingxi test corpus\r\nformat: WARC File Format 1.0\r\n"
    out.append(record(common("warcinfo") + [("Content-Type", "application/warc-fields"), ("WARC-Filename", "005_crawl.warc.gz")], info))

    # 1. A UTF-8 page, stored as Common Crawl does: payload decoded, Content-Encoding renamed.
    url1 = "https://news.example.cn/2025/04/23/rare-earth-leak.html"
    t1, p1 = seed("000", 1800)
    page1 = portal_page(t1, p1, "示例新闻网", charset_meta=True).encode("utf-8")
    out.append(record(common("request", url1) + [("Content-Type", "application/http; msgtype=request")], http_request(url1)))
    resp1 = http_response(200, "OK", "text/html; charset=UTF-8", page1, ["X-Crawler-Content-Encoding: gzip", "Vary: Accept-Encoding"])
    out.append(record(common("response", url1) + [
        ("Content-Type", "application/http; msgtype=response"), ("WARC-Payload-Digest", digest(page1)),
        ("WARC-Identified-Payload-Type", "text/html")], resp1))
    out.append(record(common("metadata", url1) + [("Content-Type", "application/warc-fields")], b"fetchTimeMs: 212\r\n"))

    # 2. A GBK page: no <meta charset>, the charset only in the HTTP header.
    url2 = "http://www.example.com.cn/guonei/2025-04/rare-earth-experts.shtml"
    t2, p2 = seed("002", 1500)
    page2 = portal_page(t2, p2, "示例资讯", charset_meta=False).encode("gb18030")
    out.append(record(common("request", url2) + [("Content-Type", "application/http; msgtype=request")], http_request(url2)))
    out.append(record(common("response", url2) + [
        ("Content-Type", "application/http; msgtype=response"), ("WARC-Payload-Digest", digest(page2))],
        http_response(200, "OK", "text/html; charset=GBK", page2)))

    # 3. A 404, an image and a revisit: skipped and counted.
    url3 = "https://news.example.cn/2025/04/22/missing.html"
    notfound = "<html><head><title>404 页面不存在</title></head><body><h1>页面不存在</h1></body></html>".encode("utf-8")
    out.append(record(common("response", url3) + [("Content-Type", "application/http; msgtype=response")],
                      http_response(404, "Not Found", "text/html; charset=utf-8", notfound)))
    url4 = "https://img.example.cn/2025/04/23/mine.jpg"
    jpeg = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) + bytes([0xFF, 0xD9])
    out.append(record(common("response", url4) + [("Content-Type", "application/http; msgtype=response")],
                      http_response(200, "OK", "image/jpeg", jpeg)))
    out.append(record(common("revisit", url1) + [
        ("Content-Type", "application/http; msgtype=response"),
        ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"),
        ("WARC-Refers-To", record_id(3))], b"HTTP/1.1 304 Not Modified\r\nServer: nginx\r\n\r\n"))
    return out


def wet_records():
    date = "2025-04-23T02:15:07Z"
    out = []
    info = b"Software-Info: qingxi sample writer\r\nExtracted-Date: Thu, 24 Apr 2025 10:00:00 GMT\r\nformat: WARC File Format 1.0\r\n"
    out.append(record([("WARC-Type", "warcinfo"), ("WARC-Date", date), ("WARC-Filename", "006_crawl.warc.wet"),
                       ("WARC-Record-ID", record_id(101)), ("Content-Type", "application/warc-fields")], info))
    pages = [
        ("000", "https://news.example.cn/2025/04/23/rare-earth-leak.html", "zho", 1800),
        ("001", "https://www.example.org/en/2024/04/15/national-security-cases.html", "eng", 1500),
        ("002", "http://www.example.com.cn/guonei/2025-04/rare-earth-experts.shtml", "zho", 1500),
    ]
    for k, (prefix, url, lang, budget) in enumerate(pages):
        title, paras = seed(prefix, budget)
        text = "\n".join([title] + paras).encode("utf-8")
        out.append(record([
            ("WARC-Type", "conversion"), ("WARC-Target-URI", url), ("WARC-Date", date),
            ("WARC-Record-ID", record_id(102 + k)), ("WARC-Refers-To", record_id(3 + 2 * k)),
            ("WARC-Block-Digest", digest(text)), ("WARC-Identified-Content-Language", lang),
            ("Content-Type", "text/plain")], text))
    return out


def main():
    with open(os.path.join(RAW, "005_crawl.warc.gz"), "wb") as fh:
        for r in warc_records():
            fh.write(gzip.compress(r, compresslevel=9, mtime=0))
    with open(os.path.join(RAW, "006_crawl.warc.wet"), "wb") as fh:
        for r in wet_records():
            fh.write(r)


if __name__ == "__main__":
    main()
