// Pages for the browser section of the benchmark (bench/browser.mjs),
// built at run time and never committed: long marxists.org-style pages of
// unrelated English filler (nlp-corpus) with reference passages from
// ../shared/reference/hrr planted in paragraphs of their own. Seeded, so the
// same seed gives the same pages byte for byte.
//
// Markup as on marxists.org: a title block and <h1>, <h3> volume line, <h2>
// section headings with a <br>, <p>s with <em>, glossary links and <sup>
// footnote markers ([n], numbered through the page, notes at the end), <br>
// inside some paragraphs. Planted paragraphs get the same inline markup, so
// detection runs across element boundaries and footnote markers.
//
// The pages are checked in Node before they are served: the engine on the
// page's text (paragraphs joined by line breaks, footnote markers left out,
// as the content script's page-text model reads it) must find every planted
// passage once and nothing else.

import { buildIndex, detect } from '../../src/engine';
import { bundledEntries } from '../../src/data/fingerprints';
import dataset from '../../src/data/dataset.json';
import { cleanReferenceText } from '../../src/data/reference-cleanup';
import { rng } from '../../tests/fixtures/rng';
import { unrelatedSentences } from '../../tests/fixtures/unrelated';
import { readPassages } from '../../scripts/lib/reference';
import { escapeHtml } from '../../scripts/lib/escape-html.mjs';

export const BENCH_SEED = 20251127;
const KB = 1024;

export interface BenchPageSpec {
  name: string;
  /** Target length of the page text (UTF-16 units, 1 KB = 1,024). */
  textChars: number;
  planted: number;
}

export const BENCH_PAGES: BenchPageSpec[] = [
  { name: 'page-200k', textChars: 200 * KB, planted: 8 },
  { name: 'page-2m', textChars: 2048 * KB, planted: 100 },
];

export interface BenchPage {
  name: string;
  /** URL path: outside the History's chapter URLs, so no chapter recognition by URL applies. */
  path: string;
  html: string;
  htmlBytes: number;
  /** The page text as the content script reads it (approximately: block breaks as '\n'). */
  textChars: number;
  paragraphs: number;
  footnotes: number;
  /** Planted passage ids in page order (a passage may appear more than once on the 2 MB page). */
  plantedIds: string[];
  /** The engine in Node on the page text: passage matches found, and those that are not a planted one. */
  nodeCheck: { found: number; unexpected: string[]; missing: string[] };
}

const normaliseSpace = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Page wording of a reference passage: scraper damage repaired, PDF line-break hyphens joined, one space between words. */
const pageWording = (text: string) =>
  normaliseSpace(cleanReferenceText(text).replace(/(\p{L})-\n(\p{L})/gu, '$1$2'));

function shuffle<T>(r: () => number, items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

type Index = ReturnType<typeof buildIndex>;
let cachedIndex: Index | null = null;
const engineIndex = () => (cachedIndex ??= buildIndex(bundledEntries()));

/**
 * Reference passages that can be planted and counted: the review speaks to them, and alone in a
 * paragraph the engine finds exactly that passage, once, and nothing else. Passages
 * that lie inside a chapter opening are left out: they would also be found as
 * that opening, and a page with dozens of openings is not realistic (above
 * 150 detections the content script paints only those near the viewport, so
 * the passage highlight could not be counted either).
 */
export function plantablePassages(): { id: string; text: string }[] {
  const index = engineIndex();
  // A passage no paragraph speaks to (docs/dataset.md: left unlinked by choice) is found but not
  // painted, as there is nothing to show beside it: planting one could never be counted.
  const placed = new Set(dataset.paragraphs.flatMap((p) => p.passages));
  return readPassages()
    .map((p) => ({ id: p.id, text: pageWording(p.text) }))
    .filter((p) => placed.has(p.id))
    .filter((p) => {
      const found = detect(index, p.text);
      return found.length === 1 && found[0].passage === p.id;
    });
}

/** Unrelated sentences, docs in a seeded order, each doc's sentences in order (paragraph-like runs). */
function* fillerSentences(r: () => number): Generator<string> {
  const docs = shuffle(
    r,
    Array.from({ length: 100 }, (_, i) => i),
  );
  for (const doc of docs) {
    for (const s of unrelatedSentences(doc)) {
      const t = normaliseSpace(s);
      if (t.length >= 30 && t.length <= 500) yield t;
    }
  }
  throw new Error('bench-pages: nlp-corpus filler exhausted');
}

interface Markup {
  /** Footnote texts, in marker order (the notes section at the end of the page). */
  footnotes: string[];
  r: () => number;
  noteText: () => string;
}

/** Inline markup on one paragraph's words (escaped): maybe an <em>, a glossary link, a footnote marker, a <br>. */
function marked(text: string, m: Markup, opts: { br: boolean }): string {
  const words = escapeHtml(text).split(' ');
  const em = m.r() < 0.7,
    link = m.r() < 0.6,
    note = m.r() < 0.35;
  let didEm = false,
    didLink = false,
    didNote = false,
    didBr = false;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    const prev = i > 0 ? words[i - 1] : '';
    const startsSentence = i === 0 || /[.!?]$/.test(prev);
    if (em && !didEm && i >= 3 && /^\p{L}{7,}$/u.test(w)) {
      w = `<em>${w}</em>`;
      didEm = true;
    } else if (link && !didLink && !startsSentence && /^\p{Lu}\p{Ll}{3,}[,.]?$/u.test(w)) {
      const name = w.match(/^\p{L}+/u)![0];
      const slug = name.toLowerCase();
      w = `<a href="../../../glossary/people/${slug[0]}/${slug}.htm#${slug}">${name}</a>${w.slice(name.length)}`;
      didLink = true;
    }
    if (note && !didNote && i >= 3 && i < words.length - 3 && /\.$/.test(w)) {
      const n = m.footnotes.length + 1;
      w = `${w}<sup class="anote"><a id="f${n}" href="#n${n}">[${n}]</a></sup>`;
      m.footnotes.push(m.noteText());
      didNote = true;
    } else if (
      opts.br &&
      !didBr &&
      i >= 8 &&
      i < words.length - 8 &&
      /[.;:]$/.test(w) &&
      m.r() < 0.15
    ) {
      w = `${w}<br>\n`;
      didBr = true;
    }
    out.push(w);
  }
  return out.join(' ').replace(/<br>\n /g, '<br>\n');
}

function pageHtml(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { max-width: 42em; margin: 2em auto; padding: 0 1em; font: 17px/1.55 Georgia, 'DejaVu Serif', serif; color: #111; background: #fff; }
p.title { font-variant: small-caps; margin: 0; text-indent: 0; }
h1 { font-size: 1.6em; margin: .2em 0; } h2 { font-size: 1.3em; } h3 { font-size: 1.05em; font-weight: normal; font-style: italic; }
p.fst { text-indent: 0; } p { text-indent: 1.5em; margin: .6em 0; }
p.note { text-indent: 0; font-size: .9em; color: #555; }
.nav, .footer { font-size: .85em; color: #555; text-indent: 0; } .nav a, .footer a { color: #36c; }
sup.anote { font-size: .7em; } hr { border: 0; border-top: 1px solid #aaa; margin: 1.5em 0; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** One bench page: filler paragraphs up to `textChars` of text, `planted` passages spread evenly between them. */
export function benchPage(spec: BenchPageSpec, seed = BENCH_SEED): BenchPage {
  const r = rng(seed ^ spec.textChars);
  const candidates = plantablePassages();
  if (candidates.length === 0) throw new Error('bench-pages: no plantable reference passage');
  // Passages in shuffled decks, so none repeats before all have been used.
  const planted: { id: string; text: string }[] = [];
  while (planted.length < spec.planted)
    planted.push(...shuffle(r, candidates).slice(0, spec.planted - planted.length));

  const filler = fillerSentences(r);
  const m: Markup = { footnotes: [], r, noteText: () => filler.next().value! };
  const body: string[] = [
    '<p class="nav"><a href="../index.htm">Trotsky Internet Archive</a> | <a href="../../../index.htm">Marxists Internet Archive</a></p>\n<hr>',
    '<p class="title">Benchmark page</p>',
    '<h1>Collected Notes and Reports</h1>',
    '<h3>A long page of unrelated text</h3>',
    '<hr>',
  ];
  const texts: string[] = [
    'Trotsky Internet Archive | Marxists Internet Archive',
    'Benchmark page',
    'Collected Notes and Reports',
    'A long page of unrelated text',
  ];
  let textChars = texts.reduce((n, t) => n + t.length + 1, 0);
  // The notes at the end count towards the page's length as their markers are placed.
  let notesCounted = 0;
  const countNotes = () => {
    for (; notesCounted < m.footnotes.length; notesCounted++)
      textChars += `${notesCounted + 1}. `.length + m.footnotes[notesCounted].length + 1;
  };
  // Planted paragraph k goes in after (k + 0.5) / planted of the filler.
  const plantAt = planted.map((_, k) => Math.floor(((k + 0.5) / planted.length) * spec.textChars));
  let next = 0,
    paragraphs = 0,
    section = 0,
    sinceHeading = 0;
  const plantedIds: string[] = [];
  while (textChars < spec.textChars || next < planted.length) {
    if (next < planted.length && textChars >= plantAt[next]) {
      const p = planted[next++];
      body.push(`<p>${marked(p.text, m, { br: false })}</p>`);
      texts.push(p.text);
      plantedIds.push(p.id);
      textChars += p.text.length + 1;
      countNotes();
      paragraphs++;
      continue;
    }
    if (sinceHeading >= 12 + Math.floor(r() * 10)) {
      section++;
      const words = filler
        .next()
        .value!.split(' ')
        .slice(0, 3 + Math.floor(r() * 4))
        .join(' ')
        .replace(/[,;:.]$/, '');
      body.push(`<h2>Section ${section}<br>\n${escapeHtml(words)}</h2>`);
      texts.push(`Section ${section}`, words);
      textChars += `Section ${section}`.length + words.length + 2;
      sinceHeading = 0;
    }
    const n = 2 + Math.floor(r() * 7);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(filler.next().value!);
    const text = sentences.join(' ');
    body.push(`<p${sinceHeading === 0 ? ' class="fst"' : ''}>${marked(text, m, { br: true })}</p>`);
    texts.push(text);
    textChars += text.length + 1;
    countNotes();
    paragraphs++;
    sinceHeading++;
  }
  body.push('<hr>', '<h4>Notes</h4>');
  m.footnotes.forEach((note, i) => {
    body.push(
      `<p class="note"><a id="n${i + 1}" href="#f${i + 1}">${i + 1}.</a> ${escapeHtml(note)}</p>`,
    );
    texts.push(`${i + 1}. ${note}`);
  });
  body.push(
    '<hr>\n<p class="footer">Benchmark page assembled at run time<br>\nfor the Counterpoint extension. | <a href="../index.htm">Index</a></p>',
  );
  texts.push('Benchmark page assembled at run time', 'for the Counterpoint extension. | Index');

  const html = pageHtml('Collected Notes and Reports', body.join('\n'));
  const pageText = texts.join('\n');
  return {
    name: spec.name,
    path: `/archive/trotsky/bench/${spec.name}.htm`,
    html,
    htmlBytes: Buffer.byteLength(html),
    textChars: pageText.length,
    paragraphs,
    footnotes: m.footnotes.length,
    plantedIds,
    nodeCheck: nodeCheck(pageText, plantedIds),
  };
}

/** The engine in Node on the page text: every planted passage found as often as planted, nothing else. */
function nodeCheck(text: string, plantedIds: string[]): BenchPage['nodeCheck'] {
  const found = detect(engineIndex(), text)
    .filter((m) => m.passage !== null)
    .map((m) => m.passage!);
  const want = new Map<string, number>();
  for (const id of plantedIds) want.set(id, (want.get(id) ?? 0) + 1);
  const unexpected: string[] = [];
  for (const id of found) {
    const left = want.get(id) ?? 0;
    if (left > 0) want.set(id, left - 1);
    else unexpected.push(id);
  }
  const missing = [...want].flatMap(([id, n]) => Array<string>(n).fill(id));
  return { found: found.length, unexpected, missing };
}

export function benchPages(seed = BENCH_SEED): BenchPage[] {
  return BENCH_PAGES.map((spec) => benchPage(spec, seed));
}
