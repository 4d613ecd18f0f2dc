/** `text` with & < > " ' as character references: safe in a text node or a quoted attribute. */
export function escapeHtml(text: string): string;
