// The undo toast takes the focus as it appears: the deleted card's button is
// gone, and the focus must not fall to the body for a frame in between.

import { render as renderPreact } from 'preact';
import { UndoToast } from '../../../src/ui/library';
import { t } from '../ui/overlay/fixtures';

test('its Undo button has the focus as soon as it is rendered, before any deferred effect', () => {
  const host = document.body.appendChild(document.createElement('div'));
  // preact's own render, outside act(): layout effects run, deferred ones do not.
  renderPreact(
    <UndoToast text="Highlight deleted" onUndo={() => {}} onDismiss={() => {}} t={t} />,
    host,
  );
  expect(document.activeElement?.tagName).toBe('BUTTON');
  expect(host.contains(document.activeElement)).toBe(true);
  renderPreact(null, host);
  host.remove();
});
