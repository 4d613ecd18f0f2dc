// Note editor frame entry (editor.html#token=…&theme=…, embedded by the
// overlay in the page): renders the editor and reports its height, a save
// and a close to the parent window (./protocol.ts).

import { render } from 'preact';
import { t } from '../platform/i18n';
import { OVERLAY_CSS } from '../ui/overlay';
import { EditorApp } from './App';
import { parseEditorHash, type EditorSignal } from '../shared/editor-protocol';

const { token, theme, perspective } = parseEditorHash(location.hash);
const signal = (s: EditorSignal) => window.parent.postMessage(s, '*');

// A constructed sheet: the pages' CSP (style-src 'self') refuses an inline <style>.
const sheet = new CSSStyleSheet();
sheet.replaceSync(OVERLAY_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
document.title = t('overlayEditorTitle');

const root = document.getElementById('root')!;
new ResizeObserver(() =>
  signal({ counterpointEditor: 'height', px: Math.ceil(root.getBoundingClientRect().height) }),
).observe(root);
// The overlay focuses the frame once it loads; the note field takes it from there.
window.addEventListener('focus', () => document.querySelector('textarea')?.focus());
render(
  <EditorApp token={token} theme={theme} perspective={perspective} t={t} signal={signal} />,
  root,
);
