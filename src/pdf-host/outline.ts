// The PDF's own table of contents, flattened to what the viewer lists: a
// title, its depth, and the page it leads to (null when pdf.js cannot tell).

import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OutlineEntry } from '../shared/viewer-url';

type RawOutline = { title: string; dest: unknown; items?: RawOutline }[];

/** Deep enough for volume → chapter → section. */
const MAX_DEPTH = 3;
const MAX_ENTRIES = 2000;

export async function readOutline(pdf: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const raw = ((await pdf.getOutline().catch(() => null)) ?? []) as RawOutline;
  const entries: OutlineEntry[] = [];
  const walk = async (items: RawOutline, depth: number) => {
    for (const item of items) {
      if (entries.length >= MAX_ENTRIES) return;
      entries.push({ title: item.title.slice(0, 200), depth, page: await pageOf(pdf, item.dest) });
      if (item.items?.length && depth + 1 < MAX_DEPTH) await walk(item.items, depth + 1);
    }
  };
  await walk(raw, 0);
  return entries;
}

async function pageOf(pdf: PDFDocumentProxy, dest: unknown): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
    if (!Array.isArray(explicit) || explicit.length === 0) return null;
    const target = explicit[0] as unknown;
    const index =
      typeof target === 'number'
        ? target
        : await pdf.getPageIndex(target as Parameters<typeof pdf.getPageIndex>[0]);
    return index + 1;
  } catch {
    return null;
  }
}
