/** Types for find-browsers.mjs: where browsers are looked for, in order. */
export type BrowserKind = 'chromium' | 'firefox';
export interface Candidate {
  file: string;
  from: string;
}
export interface Host {
  env?: Record<string, string | undefined>;
  platform?: string;
}
export type Family = 'debian' | 'ubuntu' | 'darwin' | 'win32' | 'other';
export const BROWSERS: Record<
  BrowserKind,
  { label: string; envVar: string; names: string[]; packages: Record<string, string> }
>;
export function manifestFloors(manifest?: unknown): Record<BrowserKind, string>;
export function isExecutableFile(file: string): boolean;
export function candidates(kind: BrowserKind, host?: Host): Candidate[];
export function findBrowser(
  kind: BrowserKind,
  host?: Host & { isExecutable?: (file: string) => boolean },
): Candidate | null;
export function systemFamily(opts?: {
  platform?: string;
  osRelease?: Record<string, string>;
}): Family;
export function installCommand(kinds: BrowserKind[], family?: Family): string;
export function notFoundMessage(kinds: BrowserKind[], opts?: { family?: Family }): string;
export function requireBrowser(kind: BrowserKind): string;
