// Markdown tables and number formats for the report.

/** The first `left` columns are left-aligned (labels), the rest right-aligned (numbers). */
export function table(headers: string[], rows: (string | number)[][], left = 1): string {
  const sep = headers.map((_, i) => (i < left ? '---' : '---:'));
  return [headers, sep, ...rows.map((r) => r.map(String))]
    .map((r) => `| ${r.join(' | ')} |`)
    .join('\n');
}

/** 0.42 / 3.1 / 27 / 1.3 s: two significant digits below 10 ms, seconds above 1 s. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x >= 1000) return `${(x / 1000).toFixed(x >= 10000 ? 1 : 2)} s`;
  if (x >= 10) return x.toFixed(0);
  return x >= 1 ? x.toFixed(1) : x.toFixed(2);
}

export function ratio(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return '–';
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(digits);
}

export function pct(x: number): string {
  return Number.isFinite(x) ? (x === 100 ? '100' : x.toFixed(1)) : '–';
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export function section(title: string, ...blocks: string[]): string {
  return [`### ${title}`, ...blocks].join('\n\n') + '\n';
}

/** Text for a table cell: truncated, JSON-escaped (newlines visible), in backticks, pipes escaped. */
export function excerpt(s: string, max: number): string {
  const cut = s.length > max ? `${s.slice(0, max)}…` : s;
  return '`' + JSON.stringify(cut).slice(1, -1).replace(/\|/g, '\\|').replace(/`/g, "'") + '`';
}
