/** Types for ensure-browsers.mjs. */
import type { BrowserKind } from './lib/find-browsers.mjs';
export interface Found {
  file: string;
  from: string;
  version: string | null;
}
export function parseVersion(text: string | null | undefined): string | null;
export function compareVersions(a: string, b: string): number;
export function ensureBrowsers(kinds: BrowserKind[]): Record<BrowserKind, Found>;
export function describeBrowsers(found: Partial<Record<BrowserKind, Found>>): string;
