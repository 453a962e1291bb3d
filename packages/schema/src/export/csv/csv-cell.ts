/** A value for one CSV cell; `null` and `undefined` become an empty cell. */
export type CsvValue = string | number | null | undefined;

// Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with one of these as a
// formula: "=HYPERLINK(...)" typed into an evidence box would become a live link or worse when a
// partnership analyst opens the export ("CSV injection", see OWASP). A leading apostrophe makes
// the spreadsheet show the text as text; the cost is a visible ' in tools that are not
// spreadsheets, which is the safer way round.
//
// The sign need not be the first character: LibreOffice with "trim spaces" and Excel skip white
// space before it (spaces, tabs, line breaks, a non-breaking space, a byte order mark, zero-width
// characters), and both read the fullwidth (＝＋－＠) and small (﹦﹢﹣﹫) forms an IME types as
// the ASCII ones. A cell that starts with a tab or carriage return is neutralised whatever follows,
// as before: some importers split or drop those.
const FORMULA_START = /^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell of RFC 4180 CSV, safe to open in a spreadsheet: neutralised if it could be read as a
 * formula, then quoted (with `"` doubled) if it holds a comma, quote or line break.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, ending with CRLF as RFC 4180 asks. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
