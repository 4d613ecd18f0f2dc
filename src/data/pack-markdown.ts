// A perspective written in Markdown (`npm run pack:build`, README "Writing a
// perspective in Markdown"): front matter (./pack-front-matter.ts), then
// entries, each a blockquote of the History's words followed by the author's
// paragraphs and optional `Stance:`, `Themes:` and `Chapter:` lines; a heading
// names the section of the entries under it. Every problem is kept with its
// line, so the author sees them all at once. Pure: Node and browser alike.

import {
  problemWith,
  readFrontMatter,
  type PackFront,
  type SourceError,
} from './pack-front-matter';
import { OPTION, setOption, type EntryOptions, type OptionName } from './pack-entry-options';
import { PackSchemaV2 } from './schema';

export interface PackEntry extends EntryOptions {
  /** The blockquote's first line. */
  line: number;
  /** The quotation: the blockquote's lines joined with spaces. */
  quote: string;
  /** The author's paragraphs (Markdown, lines as written), separated by "\n\n". */
  text: string;
  /** The heading the entry stands under, if any. */
  section: string | null;
  /** The line of each option given. */
  optionLines: Partial<Record<OptionName, number>>;
}

export interface ParsedPack {
  front: PackFront;
  entries: PackEntry[];
  errors: SourceError[];
}

const Paragraph = PackSchemaV2.entries.paragraphs.pipe[0].item.entries;

const QUOTE = /^ {0,3}>\s?(.*)$/;
const HEADING = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;

interface Draft {
  entry: PackEntry;
  quote: string[];
  paragraphs: string[][];
  /** Still in the blockquote: its last line was a quote line. */
  inQuote: boolean;
}

interface State {
  section: string | null;
  draft: Draft | null;
  /** In a paragraph of text that follows no quotation (reported once). */
  stray: boolean;
  entries: PackEntry[];
  errors: SourceError[];
}

function readOption(s: State, draft: Draft, option: RegExpExecArray, line: number): void {
  const name = option[1].toLowerCase() as OptionName;
  const given = draft.entry.optionLines[name];
  const problem = given
    ? `${option[1]}: given twice for this quotation (first on line ${given})`
    : setOption(draft.entry, name, option[2].trim());
  draft.entry.optionLines[name] ??= line;
  if (problem) s.errors.push({ line, message: problem });
}

const endParagraph = (draft: Draft) => {
  if (draft.paragraphs.at(-1)?.length !== 0) draft.paragraphs.push([]);
};

/** The draft entry, complete: its quote and text joined and checked. */
function finishEntry(s: State): void {
  const draft = s.draft;
  if (!draft) return;
  s.draft = null;
  const { entry } = draft;
  entry.quote = draft.quote.join(' ').replace(/\s+/g, ' ').trim();
  entry.text = draft.paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join('\n'))
    .join('\n\n');
  const problem = entry.text
    ? problemWith(Paragraph.text, entry.text)
    : 'a quotation with no critique after it: write at least one paragraph below the blockquote';
  if (problem)
    s.errors.push({
      line: entry.line,
      message: entry.text ? `the text under this quotation: ${problem}` : problem,
    });
  s.entries.push(entry);
}

function startEntry(s: State, line: number): Draft {
  finishEntry(s);
  const entry: PackEntry = {
    line,
    quote: '',
    text: '',
    stance: 'critique',
    themes: [],
    chapter: null,
    section: s.section,
    optionLines: {},
  };
  return (s.draft = { entry, quote: [], paragraphs: [[]], inQuote: true });
}

function readHeading(s: State, heading: string, line: number): void {
  finishEntry(s);
  const problem = heading ? problemWith(Paragraph.section, heading) : null;
  if (problem) s.errors.push({ line, message: `the heading: ${problem}` });
  s.section = heading && !problem ? heading : null;
}

/** A line of text: the draft's critique, an option, or text that follows no quotation. */
function readText(s: State, text: string, line: number): void {
  const draft = s.draft;
  if (!draft) {
    if (!s.stray)
      s.errors.push({
        line,
        message:
          'text that follows no quotation: each entry begins with a blockquote ("> " and the History\'s words), then your paragraphs',
      });
    s.stray = true;
    return;
  }
  if (draft.inQuote) {
    s.errors.push({
      line,
      message: 'leave a blank line between the blockquote and what follows it',
    });
    draft.inQuote = false;
  }
  const option = OPTION.exec(text);
  if (option) {
    endParagraph(draft);
    readOption(s, draft, option, line);
  } else draft.paragraphs.at(-1)!.push(text.trimEnd());
}

function readBodyLine(s: State, text: string, line: number): void {
  const quote = QUOTE.exec(text);
  const heading = quote ? null : HEADING.exec(text);
  if (quote || heading || !text.trim()) s.stray = false;
  if (quote) (s.draft?.inQuote ? s.draft : startEntry(s, line)).quote.push(quote[1]);
  else if (heading) readHeading(s, heading[1] ?? '', line);
  else if (!text.trim()) {
    if (s.draft) {
      s.draft.inQuote = false;
      endParagraph(s.draft);
    }
  } else readText(s, text, line);
}

export function parsePackMarkdown(source: string): ParsedPack {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const { front, errors, bodyStart } = readFrontMatter(lines);
  const s: State = { section: null, draft: null, stray: false, entries: [], errors };
  if (bodyStart === null) return { front, entries: [], errors };
  for (let i = bodyStart; i < lines.length; i++) readBodyLine(s, lines[i], i + 1);
  finishEntry(s);
  if (s.entries.length === 0)
    s.errors.push({ line: 1, message: 'no quotation: a perspective needs at least one entry' });
  s.errors.sort((a, b) => a.line - b.line);
  return { front, entries: s.entries, errors: s.errors };
}
