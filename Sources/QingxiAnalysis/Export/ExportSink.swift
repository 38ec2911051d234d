/// Where exported rows go (an SQLite database, a directory of CSV files). Rows of a table arrive with one
/// value per column, in column order; parents (documents, cases) before their children.
public protocol ExportSink {
  mutating func insert(_ row: [ExportValue], into table: ExportTable) throws
}
