// The note editor frame (editor.html, an extension frame in the overlay) from
// the browser suites: Playwright (Chromium) and puppeteer (Firefox) both list
// a page's frames, cross-origin ones included, and type into the focused one.
// puppeteer over BiDi keeps such a frame's url() at about:blank (measured,
// Firefox 140), so the frame is asked where it is.
import { until } from './wait.mjs';

const isEditor = async (frame) =>
  frame.url().includes('/editor.html') ||
  (frame.url() === 'about:blank' &&
    (await frame.evaluate(() => location.pathname).catch(() => '')) === '/editor.html');

async function findEditor(page) {
  for (const frame of page.frames()) if (await isEditor(frame)) return frame;
  return null;
}

/** Whether the page shows a note editor frame. */
export const editorOpen = async (page) => (await findEditor(page)) !== null;

/** The note editor's frame once it shows its quote. */
export function editorFrame(page) {
  return until(
    'the note editor frame',
    async () => {
      const frame = await findEditor(page);
      if (!frame) return null;
      const ready = await frame
        .evaluate(() => (document.querySelector('.cp-editor-quote')?.textContent ?? '').length > 0)
        .catch(() => false);
      return ready ? frame : null;
    },
    10_000,
    50,
  );
}

// Focus is moved by a script in the frame (puppeteer's frame.focus/click locate nodes with a
// BiDi locator Firefox 140 does not know); the typing and the key presses are the reader's.

/** Replaces the value of `selector` in the editor by typing, as the reader does. */
export async function typeInEditor(page, frame, selector, text) {
  await frame.evaluate((s) => {
    const el = document.querySelector(s);
    el.focus();
    el.select();
  }, selector);
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

/** Presses the editor's Save button from the keyboard (Enter on the focused button). */
export async function pressSaveInEditor(page, frame) {
  await frame.evaluate(() => document.querySelector('button[type="submit"]').focus());
  await page.keyboard.press('Enter');
}

/** The editor as the reader sees it: its error line and its note, or { open: false }. */
export async function editorState(page) {
  const frame = await findEditor(page);
  if (!frame) return { open: false };
  return frame
    .evaluate(() => ({
      open: true,
      error: document.querySelector('.cp-editor-error')?.textContent ?? null,
      note: document.querySelector('textarea')?.value ?? '',
    }))
    .catch(() => ({ open: false }));
}
