// Content script entry: on a page where Counterpoint is enabled, fetch the
// passage index from the background, scan at idle (and again on changes),
// paint, and answer the reader's settings and commands.

import { t } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import { onTabCommand } from '../platform/tab-commands';
import { onDatasetChanged, onHighlightsChanged } from '../platform/dataset-signal';
import { SCAN_ONCE } from '../platform/scripting';
import { onSettingsChanged, readSettings } from '../platform/settings';
import { siteChoice, type Settings } from '../shared/settings';
import { ContentApp } from './app';
import { runTabCommand } from './commands';
import { Controller } from './controller';
import { listenToPage } from './input';
import { attachHostEarly, discardEarlyHost } from './overlay/host';
import { documentParsed } from './schedule';

/** One instance per frame, even when the script is injected twice (manifest and "scan this page"). */
const LOADED = Symbol.for('counterpoint.content');

let running: { app: ContentApp; controller: Controller; unlisten: () => void } | null = null;

/** Enabled here, or injected by "Scan this page" to scan once. */
const enabledHere = (s: Settings) =>
  siteChoice(s, location.hostname) !== false ||
  (globalThis as Record<string, unknown>)[SCAN_ONCE] === true;

async function start(settings: Settings): Promise<void> {
  if (running || !document.body) return;
  void sendToBackground('applyStyles').catch(() => undefined);
  const app = new ContentApp(document, settings, t);
  const controller = new Controller(app, t);
  running = { app, controller, unlisten: listenToPage(app, controller) };
  await app.start();
}

function stop(): void {
  running?.unlisten();
  running?.app.stop();
  running = null;
}

async function main(): Promise<void> {
  // Declared at document_start; nothing is asked of the extension before the parser is done.
  attachHostEarly(document);
  await documentParsed();
  const settings = await readSettings();
  if (!enabledHere(settings)) discardEarlyHost();
  onSettingsChanged((next) => {
    if (!enabledHere(next)) stop();
    else if (running) running.app.applySettings(next);
    else void start(next);
  });
  onTabCommand((command) => (running ? runTabCommand(running, command) : undefined));
  onDatasetChanged(() => void running?.app.reloadData());
  onHighlightsChanged(() => void running?.app.reloadMine());
  if (enabledHere(settings)) await start(settings);
}

const scope = globalThis as unknown as Record<symbol, boolean>;
if (!scope[LOADED]) {
  scope[LOADED] = true;
  main().catch((e: unknown) => console.warn('Counterpoint:', e instanceof Error ? e.message : e));
}
