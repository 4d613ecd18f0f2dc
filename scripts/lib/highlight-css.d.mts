/** Where the rules attach, per browser build: ':root' in Chromium's, '' in Firefox's (see highlight-css.mjs). */
export const HIGHLIGHT_SCOPE: { chrome: string; firefox: string };
/** The ::highlight() rules for every bundled layer, light and dark, each prefixed with `scope` (see highlight-css.mjs). */
export function highlightCss(layersPath?: string, scope?: string): string;
