// Text into HTML (the demo, bench and fixture pages, the Markdown preview):
// the five characters that could end a text node or an attribute value.
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
