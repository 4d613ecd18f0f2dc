// The front matter of a perspective written in Markdown (`npm run pack:build`,
// ./pack-markdown.ts): `key: value` lines between two `---` lines, each value
// checked by the pack schema's own rule for the field it becomes, so the
// Markdown cannot admit what an import would refuse.

import * as v from 'valibot';
import { LayerSourceSchema, PackSchemaV2 } from './schema';

/** A problem in the source, at its 1-based line. */
export interface SourceError {
  line: number;
  message: string;
}

export interface PackFront {
  title?: string;
  author?: string;
  licence?: string;
  description?: string;
  /** The pack's id: the one given, else made from the title. */
  id?: string;
}

const FIELDS = {
  title: PackSchemaV2.entries.name,
  author: PackSchemaV2.entries.author,
  licence: PackSchemaV2.entries.licence,
  // The layer's description too, which is the shorter.
  description: LayerSourceSchema.entries.description,
  id: PackSchemaV2.entries.id,
} as const;
type Key = keyof typeof FIELDS;
const KEYS = Object.keys(FIELDS) as Key[];
const REQUIRED: Key[] = ['title', 'author', 'licence'];
const FENCE = /^---\s*$/;
const KEY_VALUE = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;

const START =
  'a perspective starts with its front matter: a line "---", then title:, author: and licence:, then "---"';

/** A pack id from the title: its lower-case letters and digits joined by "-", at most 40 characters. */
const slugOf = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');

/** What is wrong with `value` by `schema`'s first issue, said for a reader of the source; null when nothing. */
export function problemWith(schema: v.GenericSchema, value: unknown, unit = 'characters') {
  const r = v.safeParse(schema, value);
  if (r.success) return null;
  const issue = r.issues[0];
  return issue.type === 'max_length'
    ? `at most ${String(issue.requirement)} ${unit} (this has ${issue.received})`
    : issue.message;
}

/** "value", 'value' or value. */
const unquoted = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');

function unknownKey(key: string): string {
  const hint = key === 'license' ? ' (did you mean licence?)' : '';
  return `unknown key "${key}"${hint}: the keys are ${KEYS.join(', ')}`;
}

/** One `key: value` line into `front`, its line kept in `lines`; its problem, if any. */
function readLine(text: string, line: number, front: PackFront, lines: Map<string, number>) {
  const m = KEY_VALUE.exec(text);
  if (!m) return `not a "key: value" line in the front matter`;
  const key = m[1].toLowerCase();
  if (!(KEYS as string[]).includes(key)) return unknownKey(key);
  if (lines.has(key)) return `${key} is given twice (first on line ${lines.get(key)})`;
  lines.set(key, line);
  const value = unquoted(m[2]);
  if (!value) return `${key} is empty`;
  const problem = problemWith(FIELDS[key as Key], value);
  if (problem) return `${key}: ${problem}`;
  front[key as Key] = value;
  return null;
}

/**
 * The front matter at the top of `lines`: what it says, its problems, and the index of the first
 * line after it: 0 when there is none (the rest is still read for its own problems), null when it
 * is not closed (there is no telling where the rest begins).
 */
export function readFrontMatter(lines: readonly string[]): {
  front: PackFront;
  errors: SourceError[];
  bodyStart: number | null;
} {
  const front: PackFront = {};
  if (!FENCE.test(lines[0] ?? ''))
    return { front, errors: [{ line: 1, message: START }], bodyStart: 0 };
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0)
    return {
      front,
      errors: [{ line: 1, message: 'the front matter is not closed: end it with a line "---"' }],
      bodyStart: null,
    };
  const errors: SourceError[] = [];
  const keyLines = new Map<string, number>();
  for (let i = 1; i < end; i++) {
    if (!lines[i].trim()) continue;
    const problem = readLine(lines[i], i + 1, front, keyLines);
    if (problem) errors.push({ line: i + 1, message: problem });
  }
  for (const key of REQUIRED)
    if (!keyLines.has(key)) errors.push({ line: 1, message: `the front matter has no ${key}:` });
  if (front.title && !front.id) {
    const id = slugOf(front.title);
    if (id) front.id = id;
    else
      errors.push({
        line: keyLines.get('title')!,
        message: 'the title makes no id (no letters a-z or digits): add an id: line',
      });
  }
  return { front, errors, bodyStart: end + 1 };
}
