// The inline Markdown of a note (**strong**, *emphasis*, `code`, [links](url)),
// read by one left-to-right scan. It reads exactly what the regex
//   (\*\*|__)(.+?)\1 | (\*|_)(?!\s)(.+?)\3 | `([^`]+)` | \[([^\]]+)\]\(([^()\s]+)\)
// found (leftmost match, first alternative, shortest content), but that regex
// backtracked: a 20,000-character line of `[` cost ~280 ms, each `[` looking
// for its `]` again. Here every "where is the next X" question is answered by
// a cursor that only moves forward, so a line costs a fixed number of steps
// per character, nested marks included. Pure: no DOM, no Preact.

export type InlineNode =
  | string
  | { kind: 'strong' | 'em'; children: InlineNode[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: InlineNode[] };

/** Counts characters examined, for the linearity tests and the benchmark. */
export interface ScanMeter {
  steps: number;
}

const SAFE_LINK = /^https?:\/\/[^\s]+$/i;
const SPACE = /\s/;
/** Where `.` stops: the line terminators. */
const LINE_END = /[\n\r\u2028\u2029]/;

/**
 * The first index at or after a bound where `test` holds (text.length when
 * none). While bounds do not decrease from one call to the next, the cursor
 * never moves back: all calls together examine each character at most once.
 */
function cursor(text: string, test: (i: number) => boolean, meter: ScanMeter) {
  let from = 0;
  let found = -1;
  return (bound: number): number => {
    meter.steps++;
    if (bound >= from && bound <= found) return found; // still the first one after `bound`
    let i = bound;
    while (i < text.length && !test(i)) {
      i++;
      meter.steps++;
    }
    from = bound;
    found = i;
    return i;
  };
}

interface Match {
  end: number;
  node: InlineNode;
}

type Mark = '*' | '_';

/** One forward-only cursor per question the reader asks ("where is the next `]`?"…). */
function cursorsFor(text: string, meter: ScanMeter) {
  const at = (c: string) => (i: number) => text[i] === c;
  const pairOf = (c: string) => (i: number) => text[i] === c && text[i + 1] === c;
  return {
    lineEnd: cursor(text, (i) => LINE_END.test(text[i]), meter),
    pair: { '*': cursor(text, pairOf('*'), meter), _: cursor(text, pairOf('_'), meter) },
    single: { '*': cursor(text, at('*'), meter), _: cursor(text, at('_'), meter) },
    backtick: cursor(text, at('`'), meter),
    close: cursor(text, at(']'), meter),
    destEnd: cursor(text, (i) => text[i] === '(' || text[i] === ')' || SPACE.test(text[i]), meter),
  };
}

/**
 * Reads text[from, to) and, for strong, emphasis and link text, the ranges
 * inside them. A nested range starts after every bound asked about so far
 * and the outer scan resumes after it, so bounds never decrease and one set
 * of cursors serves the whole line, each position read once.
 */
class InlineReader {
  private readonly text: string;
  private readonly meter: ScanMeter;
  private readonly next: ReturnType<typeof cursorsFor>;

  constructor(text: string, meter: ScanMeter) {
    this.text = text;
    this.meter = meter;
    this.next = cursorsFor(text, meter);
  }

  read(from: number, to: number): InlineNode[] {
    const out: InlineNode[] = [];
    let last = from;
    for (let p = from; p < to; this.meter.steps++) {
      const m = this.matchAt(p, to);
      if (!m) {
        p++;
        continue;
      }
      if (p > last) out.push(this.text.slice(last, p));
      out.push(m.node);
      p = last = m.end;
    }
    if (last < to) out.push(this.text.slice(last, to));
    return out;
  }

  private matchAt(p: number, to: number): Match | null {
    const c = this.text[p];
    if (c === '*' || c === '_') return this.strong(p, to, c) ?? this.em(p, to, c);
    if (c === '`') return this.code(p, to);
    if (c === '[') return this.link(p, to);
    return null;
  }

  /** `**x**` or `__x__`: the first closing pair after at least one character, on the same line. */
  private strong(p: number, to: number, c: Mark): Match | null {
    if (p + 1 >= to || this.text[p + 1] !== c) return null;
    const e = this.next.pair[c](p + 3);
    if (e + 2 > to || this.next.lineEnd(p + 2) < e) return null;
    return { end: e + 2, node: { kind: 'strong', children: this.read(p + 2, e) } };
  }

  /** `*x*` or `_x_`: not opened by whitespace; the first closer after at least one character, on the same line. */
  private em(p: number, to: number, c: Mark): Match | null {
    if (p + 1 >= to || SPACE.test(this.text[p + 1])) return null;
    const e = this.next.single[c](p + 2);
    if (e >= to || this.next.lineEnd(p + 2) < e) return null;
    return { end: e + 1, node: { kind: 'em', children: this.read(p + 1, e) } };
  }

  private code(p: number, to: number): Match | null {
    const e = this.next.backtick(p + 1);
    if (e >= to || e === p + 1) return null;
    return { end: e + 1, node: { kind: 'code', text: this.text.slice(p + 1, e) } };
  }

  /** `[text](url)`: a link when the url is http(s), else the characters as they are. */
  private link(p: number, to: number): Match | null {
    const q = this.next.close(p + 1);
    if (q + 1 >= to || q === p + 1 || this.text[q + 1] !== '(') return null;
    const r = this.next.destEnd(q + 2);
    if (r >= to || r === q + 2 || this.text[r] !== ')') return null;
    const href = this.text.slice(q + 2, r);
    if (!SAFE_LINK.test(href)) return { end: r + 1, node: this.text.slice(p, r + 1) };
    return { end: r + 1, node: { kind: 'link', href, children: this.read(p + 1, q) } };
  }
}

export function parseInline(text: string, meter: ScanMeter = { steps: 0 }): InlineNode[] {
  return new InlineReader(text, meter).read(0, text.length);
}
