// The content script's state: the last scan, the critique for what it found,
// the recognised chapter, the open card; and the page's reactions to settings.
// Rendering is in views.ts (state → highlights, overlay model); input in input.ts.

import type { PassageIndex } from '../engine';
import type { ChapterRecord } from '../shared/dataset';
import type { ChapterSection, OverlayData } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { sendToBackground } from '../platform/messaging';
import { GeometryCache } from './geometry';
import { Highlighter } from './highlighter';
import { OverlayHost } from './overlay/host';
import type { ActiveCard } from './overlay/model';
import { pageTheme } from './palette';
import { pageIdentity, scanRoot, toDetection, type Found, type ScanResult } from './scan';
import { watchPage, type Watch } from './watch';

export type Translate = (key: string, subs?: string[]) => string;

export interface AppState {
  settings: Settings;
  theme: 'light' | 'dark';
  found: Found[];
  data: OverlayData | null;
  chapter: ChapterRecord | null;
  chapterSections: ChapterSection[];
  active: ActiveCard | null;
  reader: { section: ChapterSection; highlight: string[] } | null;
  bannerDismissed: boolean;
}

export class ContentApp {
  readonly state: AppState;
  readonly geometry: GeometryCache;
  readonly highlighter: Highlighter;
  readonly overlay: OverlayHost;
  /** Called after every change of state that the page should show. */
  onChange: () => void = () => undefined;
  lastScan: ScanResult | null = null;
  private watch: Watch | null = null;
  private scanning: Promise<void> | null = null;
  private rescanWanted = false;

  constructor(readonly doc: Document, private readonly index: PassageIndex, settings: Settings, t: Translate) {
    this.state = {
      settings, theme: pageTheme(doc), found: [], data: null, chapter: null, chapterSections: [],
      active: null, reader: null, bannerDismissed: false,
    };
    this.geometry = new GeometryCache(doc.defaultView!);
    this.highlighter = new Highlighter(doc);
    this.overlay = new OverlayHost(doc, t);
  }

  async start(): Promise<void> {
    this.watch = watchPage(this.doc, this.doc.body, (why) => {
      if (why === 'url') this.state.bannerDismissed = false;
      this.requestScan();
    });
    this.requestScan();
    await this.scanning;
  }

  stop(): void {
    this.watch?.stop();
    this.watch = null;
    this.highlighter.clear();
    this.overlay.remove();
  }

  applySettings(next: Settings): void {
    const { minWords, minIdentity } = this.state.settings;
    this.state.settings = next;
    if (next.minWords !== minWords || next.minIdentity !== minIdentity) this.requestScan();
    else this.onChange();
  }

  /** Scans now, or once more after the scan in progress (changes arrive while scanning). */
  requestScan(): void {
    if (this.scanning) {
      this.rescanWanted = true;
      return;
    }
    this.scanning = this.scan()
      .catch((e: unknown) => console.warn('Counterpoint: scan failed:', e instanceof Error ? e.message : e))
      .finally(() => {
        this.scanning = null;
        if (this.rescanWanted) {
          this.rescanWanted = false;
          this.requestScan();
        }
      });
  }

  private async scan(): Promise<void> {
    const { minWords, minIdentity } = this.state.settings;
    performance.mark('counterpoint:scan-start');
    const result = await scanRoot(this.index, this.doc.body, { minWords, minIdentity });
    const passageIds = [...new Set(result.found.map((f) => f.match.passage).filter((p) => p !== null))];
    const [data, chapter] = await Promise.all([this.loadData(passageIds), this.recognise(result)]);
    this.lastScan = result;
    Object.assign(this.state, { found: result.found, data, theme: pageTheme(this.doc) });
    if (this.state.active && !result.found.some((f) => f.key === this.state.active!.key)) this.state.active = null;
    await this.setChapter(chapter);
    this.geometry.invalidate();
    this.onChange();
    performance.measure('counterpoint:scan-to-paint', 'counterpoint:scan-start');
    await sendToBackground('reportDetections', {
      url: this.doc.location.href, title: this.doc.title, chapter: chapter?.id ?? null,
      detections: result.found.map((f) => toDetection(result.page, f.match)),
    });
  }

  private async loadData(passageIds: string[]): Promise<OverlayData | null> {
    const current = this.state.data;
    const known = new Set(current?.passages.map((p) => p.id));
    if (current && passageIds.every((id) => known.has(id))) return current;
    return sendToBackground('getOverlayData', passageIds);
  }

  /** The page's chapter: by URL or heading (background), else by an opening fingerprint in the text. */
  private async recognise(result: ScanResult): Promise<ChapterRecord | null> {
    const byPage = await sendToBackground('recogniseChapter', pageIdentity(this.doc));
    if (byPage) return byPage;
    const opening = result.found.find((f) => f.match.passage === null && f.match.chapter !== null);
    if (!opening) return null;
    return (await sendToBackground('getChapterView', opening.match.chapter!))?.chapter ?? null;
  }

  private async setChapter(chapter: ChapterRecord | null): Promise<void> {
    if (chapter?.id === this.state.chapter?.id) return;
    const view = chapter ? await sendToBackground('getChapterView', chapter.id) : null;
    this.state.chapter = chapter;
    this.state.chapterSections = view?.sections ?? [];
  }
}
