// A perspective's Markdown, parsed (./pack-markdown.ts), as a version 2 pack:
// each entry's quotation placed (./quote-placement.ts), a bundled passage that
// holds it linked and any other carried as its own fingerprint (hashes, never
// words), then the pack checked as an import would check it. Pure: the CLI
// (src/cli/pack-build.ts) gives it the bundled passages and chapters.

import * as v from 'valibot';
import { TOKENISER_VERSION, type PassageIndex } from '../engine';
import { checkPackReferences } from './pack-checks';
import type { SourceError } from './pack-front-matter';
import type { PackEntry, ParsedPack } from './pack-markdown';
import { newPerspective } from './perspective';
import { placeQuote, type QuotePlace } from './quote-placement';
import { describeIssues, PackSchemaV2, type PackV2 } from './schema';

export interface PackBuildContext {
  /** The bundled passages and chapter openings, as the engine's index. */
  index: PassageIndex;
  /** Whether a passage id is a bundled passage (not another pack's). */
  isBundled(id: string): boolean;
  chapters: ReadonlySet<string>;
  /** The bundled layers' ids, which a pack's may not take. */
  bundledLayers: ReadonlySet<string>;
}

export interface PackBuild {
  /** Only when there is no error. */
  pack?: PackV2;
  errors: SourceError[];
  /** Where each entry's quotation went, at the blockquote's line. */
  notes: SourceError[];
}

type Placed = Exclude<QuotePlace, { kind: 'refused' }> & { chapter: string };

const MAX_LABEL = 120;

function linkedNote(passage: string, chapter: string, named: string | null): string {
  const setAside = named && named !== chapter ? `; Chapter: ${named} set aside` : '';
  return `linked passage ${passage} (${chapter}${setAside})`;
}

/** Where `entry`'s quotation goes, or null with its errors added. */
function placeEntry(entry: PackEntry, ctx: PackBuildContext, out: PackBuild): Placed | null {
  const { line, chapter: named } = entry;
  if (named && !ctx.chapters.has(named))
    out.errors.push({
      line: entry.optionLines.chapter ?? line,
      message: `Chapter: there is no chapter "${named}" (the ids are like ch01, ch26, preface-v1)`,
    });
  const place = placeQuote(entry.quote, {
    index: ctx.index,
    isBundled: (id) => ctx.isBundled(id),
    chapter: named,
  });
  if (place.kind === 'refused') {
    out.errors.push({ line, message: place.reason });
    return null;
  }
  if (place.kind === 'own') {
    out.notes.push({ line, message: `own fingerprint, ${place.chapter}, ${place.words} words` });
    return place;
  }
  // A few bundled passages have no chapter in the dataset: the author's then.
  const chapter = place.chapter ?? named;
  if (!chapter) {
    out.errors.push({
      line,
      message: `the quotation is in passage ${place.passage}, which names no chapter: name it (Chapter: chNN)`,
    });
    return null;
  }
  out.notes.push({ line, message: linkedNote(place.passage, chapter, named) });
  return { ...place, chapter };
}

/** The label of a quotation's own passage: ours, never the quotation's words. */
function labelOf(n: number, section: string | null): string {
  const label = section ? `Quotation ${n} — ${section}` : `Quotation ${n}`;
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** The pack's own passages; one quotation quoted twice is one passage. */
function ownPassages(packId: string) {
  const list: PackV2['passages'] = [];
  const byPrint = new Map<string, string>();
  const idFor = (place: Placed & { kind: 'own' }, n: number, section: string | null) => {
    const print = `${place.chapter} ${place.hashes}`;
    const known = byPrint.get(print);
    if (known) return known;
    const id = `${packId}.q${n}`;
    const { chapter, words, hashes, tokeniser } = place;
    list.push({ id, chapter, label: labelOf(n, section), words, hashes, tokeniser });
    byPrint.set(print, id);
    return id;
  };
  return { list, idFor };
}

function assemble(
  front: { title: string; author: string; licence: string; description?: string; id: string },
  entries: readonly PackEntry[],
  places: readonly Placed[],
): PackV2 {
  const { title, author, licence, description, id } = front;
  const base = newPerspective({ name: title, author, licence, description }, id, 0);
  const own = ownPassages(id);
  const paragraphs = entries.map((e, i) => {
    const place = places[i];
    const passage = place.kind === 'own' ? own.idFor(place, i + 1, e.section) : place.passage;
    return {
      id: `p${i + 1}`,
      ...(e.section ? { section: e.section } : {}),
      text: e.text,
      layer: base.layers[0].id,
      stance: e.stance,
      themes: e.themes,
      passages: [passage],
      chapters: [place.chapter],
    };
  });
  return { ...base, passages: own.list, paragraphs };
}

/** `pack` as an import reads it, or what an import would refuse (nothing, unless this module is wrong). */
function validated(pack: PackV2, ctx: PackBuildContext): { pack?: PackV2; problems: string[] } {
  const parsed = v.safeParse(PackSchemaV2, pack);
  if (!parsed.success) return { problems: describeIssues(parsed.issues, 'pack') };
  const problems: string[] = [];
  const linked = pack.paragraphs.flatMap((p) => p.passages).filter((id) => ctx.isBundled(id));
  const known = {
    passages: new Set(linked),
    chapters: ctx.chapters,
    bundledLayers: ctx.bundledLayers,
    otherPacksLayers: new Map<string, string>(),
    tokeniser: TOKENISER_VERSION,
  };
  checkPackReferences(parsed.output, known, (p) => problems.push(p));
  return problems.length > 0 ? { problems } : { pack: parsed.output, problems };
}

export function packFromMarkdown(parsed: ParsedPack, ctx: PackBuildContext): PackBuild {
  const out: PackBuild = { errors: [...parsed.errors], notes: [] };
  // Every entry is placed, errors or not, so the author sees every problem at once.
  const places = parsed.entries.map((e) => placeEntry(e, ctx, out));
  out.errors.sort((a, b) => a.line - b.line);
  const { title, author, licence, description, id } = parsed.front;
  if (out.errors.length > 0 || !title || !author || !licence || !id) return out;
  const pack = assemble(
    { title, author, licence, description, id },
    parsed.entries,
    places as Placed[],
  );
  const checked = validated(pack, ctx);
  if (checked.pack) return { ...out, pack: checked.pack };
  for (const p of checked.problems)
    out.errors.push({
      line: 1,
      message: `the pack built is not valid (a bug in pack:build): ${p}`,
    });
  return out;
}
