// Pages: filler paragraphs with planted quotes, plus the ground truth
// {pid, cat, start, end} of every quote. Each page draws from its own seeded
// stream and its own slice of the filler, so a page is the same in --quick and
// full runs and no two pages share filler text.

import type { FillerKind, SentenceSource } from './filler';
import { fillerParagraphs } from './filler';
import type { Passage } from './passages';
import { CATEGORIES, makeQuote, type Category, type QuoteContext } from './quotes';
import type { Rng } from './rng';

export interface PageSpec {
  name: string;
  kind: FillerKind;
  kb: number;
  /** Share of the page's characters that are planted quotes: [lo, hi], drawn per page. */
  share: [number, number];
  timing: boolean;
}

export interface PlantedQuote {
  pid: number;
  cat: Category;
  /** [start, end) of the quote's own text in the page (quote marks excluded). */
  start: number;
  end: number;
}

export interface Page extends PageSpec {
  text: string;
  quotes: PlantedQuote[];
  fillerChars: number;
}

type Segment = { text: string; quote?: number };

/** Draws quotes until the page's share is reached; categories come from shuffled decks, so counts stay even. */
function drawQuotes(
  budget: number,
  planted: Passage[],
  ctx: QuoteContext,
): { cat: Category; pid: number; text: string }[] {
  const out: { cat: Category; pid: number; text: string }[] = [];
  let deck: Category[] = [];
  for (let chars = 0; chars < budget || out.length === 0;) {
    if (deck.length === 0) deck = ctx.rng.shuffle([...CATEGORIES]);
    const cat = deck.pop()!;
    for (let tries = 0; tries < 100; tries++) {
      const p = ctx.rng.pick(planted);
      const text = makeQuote(cat, p, ctx);
      if (text === null) continue;
      out.push({ cat, pid: p.pid, text });
      chars += text.length;
      break;
    }
  }
  return out;
}

/** Put quote qi into the paragraphs: as its own block, or inline in “…” / "…" after a sentence. */
function insert(paras: Segment[][], qi: number, text: string, rng: Rng): void {
  if (rng.chance(0.4)) {
    paras.splice(rng.int(0, paras.length), 0, [{ text, quote: qi }]);
    return;
  }
  const [open, close] = rng.chance(0.5) ? ['“', '”'] : ['"', '"'];
  const para = paras[rng.int(0, paras.length - 1)];
  const seg = rng.int(0, para.length - 1);
  if (para[seg].quote !== undefined) {
    para.splice(seg + 1, 0, { text: ` ${open}` }, { text, quote: qi }, { text: close });
    return;
  }
  const host = para[seg].text;
  const cuts = [...host.matchAll(/[.!?] /g)].map((m) => m.index! + 2);
  const at = cuts.length > 0 ? rng.pick(cuts) : host.length;
  const before = at === host.length ? `${host} ${open}` : `${host.slice(0, at)}${open}`;
  const after = at === host.length ? close : `${close} ${host.slice(at)}`;
  para.splice(seg, 1, { text: before }, { text, quote: qi }, { text: after });
}

export function buildPage(
  spec: PageSpec,
  filler: SentenceSource,
  fillerStart: number,
  planted: Passage[],
  ctx: QuoteContext,
): Page {
  const { rng } = ctx;
  const chars = spec.kb * 1024;
  const share = spec.share[0] + rng.next() * (spec.share[1] - spec.share[0]);
  const drawn = drawQuotes(chars * share, planted, ctx);
  const quoteChars = drawn.reduce((n, q) => n + q.text.length, 0);
  const paras: Segment[][] = fillerParagraphs(filler, rng, chars - quoteChars, fillerStart).map(
    (text) => [{ text }],
  );
  drawn.forEach((q, qi) => insert(paras, qi, q.text, rng));
  const quotes: PlantedQuote[] = [];
  const parts: string[] = [];
  let length = 0;
  paras.forEach((para, n) => {
    if (n > 0) parts.push('\n\n');
    length += n > 0 ? 2 : 0;
    for (const seg of para) {
      if (seg.quote !== undefined)
        quotes.push({
          pid: drawn[seg.quote].pid,
          cat: drawn[seg.quote].cat,
          start: length,
          end: length + seg.text.length,
        });
      parts.push(seg.text);
      length += seg.text.length;
    }
  });
  // join() gives one flat string, as a page's collected text is; a rope built by += would
  // make every method pay for flattening and charCodeAt through the rope differently.
  const text = parts.join('');
  return { ...spec, text, quotes, fillerChars: text.length - quoteChars };
}
