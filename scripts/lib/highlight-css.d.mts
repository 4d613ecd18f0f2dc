/** The ::highlight() rules for every bundled layer, light and dark (see highlight-css.mjs). */
export function highlightCss(layersPath?: string): string;
