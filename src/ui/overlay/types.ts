// Types shared by the overlay components: props in, callbacks out.

/** The i18n lookup (browser.i18n.getMessage's shape), passed in by the caller. */
export type Translate = (key: string, substitutions?: string[]) => string;

export type Theme = 'light' | 'dark';

/** The review the paragraphs come from, for the attribution line. */
export interface ReviewInfo {
  title: string;
  author: string;
  publication: string;
  date: string;
  url: string;
}
