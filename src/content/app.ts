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

/** Share of a chapter's opening that must be on the page for the page to be that chapter. */
const OPENING_COVERAGE = 0.8;

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
  private scannedUrl = '';
  private chapterByPage: ChapterRecord | null = null;
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
    const urlChanged = this.scannedUrl !== this.doc.location.href;
    this.scannedUrl = this.doc.location.href;
    // Critique for every indexed passage and the page's own chapter claim arrive before the first
    // scan (and again on a new URL), so a scan paints without waiting for the background.
    if (!this.state.data || urlChanged) [this.state.data, this.chapterByPage] = await Promise.all([this.loadData(), this.recogniseByPage()]);
    performance.mark('counterpoint:scan-start');
    const result = await scanRoot(this.index, this.doc.body, { minWords, minIdentity });
    this.lastScan = result;
    Object.assign(this.state, { found: result.found, theme: pageTheme(this.doc) });
    if (this.state.active && !result.found.some((f) => f.key === this.state.active!.key)) this.state.active = null;
    this.geometry.invalidate();
    this.onChange();
    performance.measure('counterpoint:scan-to-paint', 'counterpoint:scan-start');
    const chapter = this.chapterByPage ?? (await this.chapterByOpening(result));
    if (await this.setChapter(chapter)) this.onChange();
    await sendToBackground('reportDetections', {
      url: this.doc.location.href, title: this.doc.title, chapter: chapter?.id ?? null,
      detections: result.found.map((f) => toDetection(result.page, f.match)),
    });
  }

  private loadData(): Promise<OverlayData> {
    const ids = this.index.ids.filter((_, i) => this.index.kinds[i] === 'passage');
    return sendToBackground('getOverlayData', ids);
  }

  private recogniseByPage(): Promise<ChapterRecord | null> {
    return sendToBackground('recogniseChapter', pageIdentity(this.doc));
  }

  /**
   * A chapter opening found (nearly) whole names the chapter on any site; a
   * quotation that merely overlaps an opening does not make the page that chapter.
   */
  private async chapterByOpening(result: ScanResult): Promise<ChapterRecord | null> {
    const opening = result.found.find((f) => f.match.passage === null && f.match.chapter !== null && f.match.coverage >= OPENING_COVERAGE);
    if (!opening) return null;
    if (opening.match.chapter === this.state.chapter?.id) return this.state.chapter;
    return (await sendToBackground('getChapterView', opening.match.chapter!))?.chapter ?? null;
  }

  /** True when the chapter changed. */
  private async setChapter(chapter: ChapterRecord | null): Promise<boolean> {
    if (chapter?.id === this.state.chapter?.id) return false;
    const view = chapter ? await sendToBackground('getChapterView', chapter.id) : null;
    this.state.chapter = chapter;
    this.state.chapterSections = view?.sections ?? [];
    return true;
  }
}
