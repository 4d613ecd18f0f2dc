// What the note editor frame tells the page's content script, by postMessage
// to its parent window. The page sees these too, so they carry no note, no
// quote and no token: only that the frame changed height, saved or closed.
// The content script believes a message only from its own frame's window and
// the extension's origin.

export type EditorSignal =
  | { counterpointEditor: 'height'; px: number }
  | { counterpointEditor: 'saved'; id: string }
  | { counterpointEditor: 'closed' };

export function isEditorSignal(data: unknown): data is EditorSignal {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  if (d.counterpointEditor === 'height')
    return Number.isFinite(d.px) && (d.px as number) > 0 && (d.px as number) < 5000;
  if (d.counterpointEditor === 'saved') return typeof d.id === 'string' && d.id.length <= 64;
  return d.counterpointEditor === 'closed';
}

/** The frame's URL fragment: the token, the overlay's theme, and whether a card opened it to add a perspective. */
export const editorHash = (token: string, theme: 'light' | 'dark', perspective = false) =>
  `#${new URLSearchParams({ token, theme, ...(perspective ? { perspective: '1' } : {}) })}`;

export function parseEditorHash(hash: string): {
  token: string;
  theme: 'light' | 'dark';
  perspective: boolean;
} {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    token: p.get('token') ?? '',
    theme: p.get('theme') === 'dark' ? 'dark' : 'light',
    perspective: p.get('perspective') === '1',
  };
}
