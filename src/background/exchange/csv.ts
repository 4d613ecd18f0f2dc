// CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break, quotes doubled. A cell that a spreadsheet
// would run as a formula (starting with = + - @, a tab or a carriage return)
// gets a leading apostrophe; one more apostrophe is added to a cell that
// already starts with apostrophes before such a character, so the import
// removes exactly one and the round trip is lossless.
// Tags are one cell, separated by ", "; a comma or backslash inside a tag is
// escaped with a backslash.

import type { Highlight } from '../../shared/highlights';
import { dateOf, iso, MAX_ITEMS, refuse, type Candidate, type Parsed } from './records';

export const CSV_COLUMNS = [
  'id',
  'created',
  'updated',
  'url',
  'title',
  'chapter',
  'passage',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'note',
  'tags',
  'status',
  'checked',
  'pdf_fingerprint',
  'pdf_page',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const FORMULA = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export const guardCell = (s: string) => (FORMULA.test(s) ? `'${s}` : s);
export const unguardCell = (s: string) => (GUARDED.test(s) ? s.slice(1) : s);

function quoteCell(s: string): string {
  const guarded = guardCell(s);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export const joinTags = (tags: string[]) =>
  tags.map((t) => t.replace(/[\\,]/g, (c) => `\\${c}`)).join(', ');

export function splitTags(cell: string): string[] {
  const tags: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (c === ',') {
      tags.push(current);
      current = '';
    } else current += c;
  }
  tags.push(current);
  return tags.map((t) => t.trim()).filter((t) => t !== '');
}

function row(h: Highlight): string[] {
  const cells: Record<Column, string> = {
    id: h.id,
    created: iso(h.created),
    updated: iso(h.updated),
    url: h.url,
    title: h.title,
    chapter: h.chapter ?? '',
    passage: h.passage ?? '',
    quote: h.quote.exact,
    prefix: h.quote.prefix,
    suffix: h.quote.suffix,
    start: String(h.position.start),
    end: String(h.position.end),
    note: h.note,
    tags: joinTags(h.tags),
    status: h.status,
    checked: iso(h.checked),
    pdf_fingerprint: h.pdf?.fingerprint ?? '',
    pdf_page: h.pdf ? String(h.pdf.page) : '',
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}

export function exportCsv(highlights: Highlight[]): string {
  return (
    [[...CSV_COLUMNS], ...highlights.map(row)].map((r) => r.map(quoteCell).join(',')).join('\r\n') +
    '\r\n'
  );
}

/**
 * A quoted field from the quote at `i`: up to the closing quote, doubled quotes read as one.
 * Returns its text, where reading goes on, and the line it ends on.
 */
function readQuoted(
  text: string,
  i: number,
  line: number,
): { value: string; next: number; line: number } {
  const opened = line;
  let value = '';
  for (i++; ;) {
    if (i >= text.length) refuse(`line ${opened}`, 'a quoted field is never closed');
    if (text[i] === '"' && text[i + 1] === '"') {
      value += '"';
      i += 2;
    } else if (text[i] === '"') {
      i++;
      break;
    } else {
      if (text[i] === '\n') line++;
      value += text[i++];
    }
  }
  if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n')
    refuse(`line ${line}`, 'text after a closing quote');
  return { value, next: i, line };
}

/** RFC 4180 records with the line each starts on; an unterminated quote or stray quote refuses the file. */
export function readRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let i = 0;
  let quotedCell = false;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: start, cells });
    cells = [];
    cell = '';
    quotedCell = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell === '' && !quotedCell) {
      quotedCell = true;
      ({ value: cell, next: i, line } = readQuoted(text, i, line));
    } else if (c === '"') {
      refuse(`line ${line}`, 'a quote inside an unquoted field');
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      quotedCell = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      start = ++line;
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0 || quotedCell) endRecord();
  return records;
}

const REQUIRED: Column[] = ['url', 'quote'];

/** Reads our CSV export back (columns by header name; unknown columns ignored). */
export function parseCsv(text: string): Parsed {
  const records = readRecords(text.replace(/^\uFEFF/, '')).filter(
    (r) => !(r.cells.length === 1 && r.cells[0] === ''),
  );
  if (records.length === 0) refuse('the file', 'empty');
  const [header, ...rows] = records;
  if (rows.length > MAX_ITEMS) refuse('the file', `more than ${MAX_ITEMS} rows`);
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length > 0)
    refuse(
      'line 1',
      `the header has no ${missing.join(' or ')} column (is this Counterpoint's CSV export?)`,
    );
  const column = new Map<string, number>();
  names.forEach((n, i) => {
    if ((CSV_COLUMNS as readonly string[]).includes(n) && !column.has(n)) column.set(n, i);
  });

  const parsed: Parsed = { candidates: [], skipped: [] };
  rows.forEach((r, index) => {
    const where = `line ${r.line}`;
    if (r.cells.length !== names.length)
      refuse(where, `${r.cells.length} fields where the header has ${names.length}`);
    parsed.candidates.push({ item: index + 1, candidate: candidateOf(r.cells, column, where) });
  });
  return parsed;
}

/** One row's fields, by the header's columns; a number or date that is not one refuses the file. */
function candidateOf(cells: string[], column: Map<string, number>, where: string): Candidate {
  const get = (c: Column): string | undefined => {
    const at = column.get(c);
    return at === undefined ? undefined : unguardCell(cells[at]);
  };
  const int = (c: Column): number | undefined => {
    const v = get(c);
    if (v === undefined || v === '') return undefined;
    if (!/^\d+$/.test(v)) refuse(where, `${c} must be a whole number`);
    return Number(v);
  };
  const date = (c: Column) => {
    const v = get(c);
    return v ? dateOf(v, where, c) : undefined;
  };
  return {
    id: get('id') || undefined,
    url: get('url'),
    title: get('title'),
    exact: get('quote'),
    prefix: get('prefix'),
    suffix: get('suffix'),
    start: int('start'),
    end: int('end'),
    note: get('note'),
    tags: splitTags(get('tags') ?? ''),
    created: date('created'),
    updated: date('updated'),
    checked: date('checked'),
    chapter: get('chapter') || null,
    passage: get('passage') || null,
    status: get('status'),
    pdfFingerprint: get('pdf_fingerprint') || undefined,
    pdfPage: int('pdf_page'),
  };
}
