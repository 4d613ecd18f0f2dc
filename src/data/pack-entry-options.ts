// The options of an entry in a perspective's Markdown (./pack-markdown.ts):
// `Stance:`, `Themes:` and `Chapter:` lines, each read and checked on its own.
// Whether a chapter exists is the build's to say (./pack-from-markdown.ts).

import { PACK_STANCES } from './schema';

export type OptionName = 'stance' | 'themes' | 'chapter';

export interface EntryOptions {
  stance: (typeof PACK_STANCES)[number];
  themes: string[];
  /** The chapter the author names, if any. */
  chapter: string | null;
}

/** An option line: its name (any case) and its value. */
export const OPTION = /^(stance|themes|chapter)\s*:(.*)$/i;

/** As the pack's paragraphs allow (checked again on the built pack). */
const MAX_THEMES = 12;
const MAX_THEME_CHARS = 40;

const themesOf = (value: string) => [
  ...new Set(
    value
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

/** Sets the option `name` on `options` from `value`; its problem instead, if any. */
export function setOption(options: EntryOptions, name: OptionName, value: string): string | null {
  if (name === 'stance') {
    const stance = value.toLowerCase() as EntryOptions['stance'];
    if (!PACK_STANCES.includes(stance))
      return `Stance: "${value}" is not one of ${PACK_STANCES.join(', ')}`;
    options.stance = stance;
  } else if (name === 'themes') {
    const themes = themesOf(value);
    const long = themes.find((t) => t.length > MAX_THEME_CHARS);
    if (long) return `Themes: "${long}" is longer than ${MAX_THEME_CHARS} characters`;
    if (themes.length > MAX_THEMES)
      return `Themes: at most ${MAX_THEMES} themes (this has ${themes.length})`;
    options.themes = themes;
  } else {
    if (!value) return 'Chapter: name the chapter by its id, e.g. ch26';
    options.chapter = value;
  }
  return null;
}
