// A reader's own perspective (issue 18) is a version 2 pack with one layer:
// made from its title, author, description and licence, then grown one
// paragraph at a time, each on a quotation the editor placed (./quote-placement.ts).
// Pure: the background stores it as any pack (src/background/perspectives.ts).

import type { QuotePlace } from './quote-placement';
import type { PackFileV2 } from '../shared/pack-file';

export interface PerspectiveAbout {
  name: string;
  author: string;
  description?: string;
  licence: string;
}

export interface PerspectiveParagraph {
  text: string;
  stance: PackFileV2['paragraphs'][number]['stance'];
  themes: string[];
}

/** Colours a new perspective takes in turn (light and dark page), none a bundled layer's. */
const PALETTE: { light: string; dark: string }[] = [
  { light: '#6a4c93', dark: '#c3a6ff' },
  { light: '#00796b', dark: '#80cbc4' },
  { light: '#ad1457', dark: '#f48fb1' },
  { light: '#37474f', dark: '#b0bec5' },
  { light: '#bf360c', dark: '#ffab91' },
  { light: '#1b5e20', dark: '#a5d6a7' },
];
const ICONS = ['diamond', 'triangle', 'square', 'target', 'book', 'dot'] as const;

/** A pack id from the title: lower-case words joined by "-", and a suffix that keeps it unique. */
export function perspectiveId(name: string, suffix: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
  return `${slug || 'perspective'}-${suffix}`.slice(0, 40);
}

/** An empty perspective; `taken` is how many packs there are (it picks the colour and icon). */
export function newPerspective(about: PerspectiveAbout, id: string, taken: number): PackFileV2 {
  return {
    format: 'counterpoint-pack',
    version: 2,
    id,
    name: about.name,
    author: about.author,
    ...(about.description ? { description: about.description } : {}),
    licence: about.licence,
    layers: [
      {
        id: `${id}.layer`,
        kind: 'pack',
        name: about.name,
        description: about.description || `A perspective by ${about.author}`,
        color: PALETTE[taken % PALETTE.length],
        underline: 'dashed',
        icon: ICONS[taken % ICONS.length],
      },
    ],
    passages: [],
    paragraphs: [],
  };
}

const nextNumber = (ids: string[], prefix: string) =>
  ids.reduce((n, id) => {
    const m = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    return m ? Math.max(n, Number(m[1]) + 1) : n;
  }, 1);

/** `pack` with a paragraph on the placed quotation (and the quotation's own passage when it brings one). */
export function withParagraph(
  pack: PackFileV2,
  place: Exclude<QuotePlace, { kind: 'refused' }>,
  paragraph: PerspectiveParagraph,
): PackFileV2 {
  const n = nextNumber(
    pack.paragraphs.map((p) => p.id),
    'p',
  );
  const passages = [...pack.passages];
  let passageId: string;
  // The same words again (the card's "Add your perspective" on this pack's own passage): one passage.
  const same = place.kind === 'own' ? passages.find((p) => p.hashes === place.hashes) : undefined;
  if (place.kind === 'passage') passageId = place.passage;
  else if (same) passageId = same.id;
  else {
    const q = nextNumber(
      pack.passages.map((p) => p.id.slice(pack.id.length + 1)),
      'q',
    );
    passageId = `${pack.id}.q${q}`;
    const { chapter, words, hashes, tokeniser } = place;
    passages.push({
      id: passageId,
      chapter,
      label: `${pack.name}, quotation ${q}`,
      words,
      hashes,
      tokeniser,
    });
  }
  const chapter = place.chapter;
  return {
    ...pack,
    passages,
    paragraphs: [
      ...pack.paragraphs,
      {
        id: `p${n}`,
        text: paragraph.text,
        layer: pack.layers[0].id,
        stance: paragraph.stance,
        themes: paragraph.themes,
        passages: [passageId],
        chapters: chapter ? [chapter] : [],
      },
    ],
  };
}
