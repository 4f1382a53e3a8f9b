/** RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs read å, ä and ö right. */
const BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would read as a formula (=, +, -, @) or that starts with a tab or carriage return gets a
 * leading apostrophe, as OWASP recommends against CSV injection. Numbers are written as plain numbers, negative or not.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const plain = typeof value === 'number' || typeof value === 'boolean';
  const text = plain ? String(value) : neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Parses CSV written by toCsv (used by tests and by readers of the downloads). */
export function parseCsv(text: string): Record<string, string>[] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') (value += '"'), i++;
      else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') record.push(value), (value = '');
    else if (char === '\r' && body[i + 1] === '\n') {
      record.push(value), records.push(record), (record = []), (value = ''), i++;
    } else value += char;
  }
  if (value !== '' || record.length > 0) record.push(value), records.push(record);
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}
