// Content script entry: fetch the passage index from the background, scan once
// at document idle, report what was found.

import { deserializeIndex } from '../engine';
import { sendToBackground } from '../platform/messaging';
import { scanPage } from './scan';

async function main(): Promise<void> {
  const index = deserializeIndex(await sendToBackground('getPassageIndex'));
  const detections = scanPage(index, document.body);
  await sendToBackground('reportDetections', { url: location.href, title: document.title, detections });
}

main().catch((e: unknown) => console.warn('Counterpoint: scan failed:', e instanceof Error ? e.message : e));
