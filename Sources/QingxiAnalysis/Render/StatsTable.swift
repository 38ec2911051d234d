/// The terminal rendering of a `StatsReport`: one aligned table per section.
public enum StatsTable {
  public static func render(_ report: StatsReport) -> String {
    let c = report.cases
    let t = report.text
    var out = "qingxi stats: \(report.records) record(s) from \(report.inputs.joined(separator: " "))"
    out += report.skipped.isEmpty ? "\n" : "; \(report.skipped.count) line(s) skipped (not records)\n"
    out += "\n"
    if c.merged {
      out += "Cases: \(c.cases), merged across documents from \(c.reports) case record(s); \(c.casesInSeveralDocuments) reported by several documents (--no-merge counts each record apart)\n"
    } else {
      out += "Cases: \(c.cases), one per case record, not merged (without --no-merge, reports of one case in several documents count once)\n"
    }
    let several = c.severalDocuments
    out += "Proceedings: \(c.proceedings.count) (cases one document reports together with the same court or date); \(several.count) reported by several documents"
    out += several.isEmpty ? "\n" : ":\n"
    if !several.isEmpty {
      var table = TextTable(["proceeding", "defendants", "court", "date", "documents"])
      table.leftAligned = [0, 1, 2, 3, 4]
      for p in several {
        table.add([p.id, p.names.joined(separator: ", "), p.court?.nameZh ?? "–", p.date ?? "–", p.documents.joined(separator: " ")])
      }
      out += table.render(indent: "  ")
    }
    out += "\n"

    var terms = TextTable(["Prison terms (months)", "count", "mean", "median", "p10", "p90", "min", "max"])
    terms.add(["fixed, without probation"] + cells(c.prisonMonths))
    terms.add(["suspended: term"] + cells(c.suspendedMonths))
    terms.add(["suspended: probation"] + cells(c.probationMonths))
    out += terms.render()
    out += "life \(c.life) · death \(c.death) (with reprieve \(c.deathWithReprieve)) · ranges over several defendants \(c.ranges) (over \(c.rangeDefendants) stated defendants; not counted as cases)\n\n"

    for (title, rows) in [("By court level", c.byCourtLevel), ("By province", c.byProvince), ("By charge", c.byCharge), ("By year", c.byYear)] {
      var table = TextTable([title, "cases", "terms", "mean months", "median", "life", "death"])
      for r in rows {
        table.add([
          r.key, String(r.cases), String(r.prisonMonths.count), NumberFormat.decimal(r.prisonMonths.mean),
          NumberFormat.decimal(r.prisonMonths.median), String(r.life), String(r.death),
        ])
      }
      out += table.render() + "\n"
    }

    var money = TextTable(["Money", "currency", "count", "sum", "median", "max", "ranges"])
    for r in c.money {
      money.add([
        r.role, r.currency, String(r.amounts.count), NumberFormat.decimal(r.amounts.sum, places: 2),
        NumberFormat.decimal(r.amounts.median, places: 2), NumberFormat.decimal(r.amounts.max, places: 2), String(r.ranges),
      ])
    }
    if c.money.isEmpty { money.add(["(none)"]) }
    out += money.render() + "\n"

    var detentions = TextTable(["Detentions (days)", "count", "mean", "median", "p10", "p90", "min", "max"])
    for d in c.detentions { detentions.add([d.kind] + cells(d.days)) }
    if c.detentions.isEmpty { detentions.add(["(none)", "0"]) }
    detentions.add(["political rights (months)"] + cells(c.politicalRightsMonths))
    out += detentions.render()
    out += "political rights for life \(c.politicalRightsLife)"
    let penalties = c.administrativePenalties.map { "\($0.kind) \($0.cases)" }
    out += " · administrative penalties: " + (penalties.isEmpty ? "none" : penalties.joined(separator: ", ")) + "\n\n"

    out += "Text: \(t.documents) document(s) ("
    out += t.languages.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    out += "), \(NumberFormat.grouped(t.inputBytes)) input bytes\n"
    var chars = TextTable(["Characters", "count", "share"])
    chars.add(["before cleaning", NumberFormat.grouped(t.charactersBefore), NumberFormat.percent(1)])
    chars.add(["after cleaning", NumberFormat.grouped(t.charactersAfter), NumberFormat.percent(1 - t.removedShare)])
    chars.add(["removed", NumberFormat.grouped(t.charactersRemoved), NumberFormat.percent(t.removedShare)])
    out += chars.render() + "\n"
    for (title, rows) in [("Removed by kind", t.byKind), ("Removed by rule", t.byRule)] {
      var table = TextTable([title, "removals", "characters", "share"])
      for r in rows { table.add([r.key, String(r.removals), NumberFormat.grouped(r.characters), NumberFormat.percent(r.share)]) }
      if rows.isEmpty { table.add(["(none)"]) }
      out += table.render() + "\n"
    }
    var sentences = TextTable(["Sentences", "count", "unit", "mean", "median", "p10", "p90", "min", "max"])
    for s in t.sentences {
      let d = s.length
      sentences.add([
        s.lang, String(d.count), s.unit, NumberFormat.decimal(d.mean), NumberFormat.decimal(d.median),
        NumberFormat.decimal(d.p10), NumberFormat.decimal(d.p90), NumberFormat.decimal(d.min), NumberFormat.decimal(d.max),
      ])
    }
    out += sentences.render()
    return out
  }

  static func cells(_ d: Distribution) -> [String] {
    [String(d.count)] + [d.mean, d.median, d.p10, d.p90, d.min, d.max].map { NumberFormat.decimal($0) }
  }
}
