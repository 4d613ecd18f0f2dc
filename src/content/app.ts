// The content script's state: the last scan, the critique for what it found,
// the recognised chapter, the open card; and the page's reactions to settings.
// Rendering is in views.ts (state → highlights, overlay model); input in input.ts.

import type { ChapterRecord } from '../shared/dataset';
import type {
  ChapterSection,
  Detection,
  OverlayData,
  PageTraits,
  TextMatch,
} from '../shared/messages';
import type { DetectionThresholds, Settings } from '../shared/settings';
import { sendToBackground } from '../platform/messaging';
import { documentAddress, type PageAddress } from './address';
import { GeometryCache, type Placer } from './geometry';
import { Highlighter } from './highlighter';
import { OverlayHost } from './overlay/host';
import type { ActiveCard, EditorView } from './overlay/model';
import type { HighlightDraft } from '../shared/highlights';
import { MyHighlights } from './mine';
import { pageTheme } from './palette';
import {
  pageTraits,
  scanRoot,
  toDetection,
  type Detected,
  type Found,
  type ScanResult,
} from './scan';
import { detectInSegments } from './segments';
import { whenIdle } from './schedule';
import { watchPage, type Watch } from './watch';
import type { Translate } from '../ui/overlay/types';

/** Share of a chapter's opening that must be on the page for the page to be that chapter. */
export const OPENING_COVERAGE = 0.8;

export interface AppState {
  settings: Settings;
  theme: 'light' | 'dark';
  found: Found[];
  data: OverlayData | null;
  chapter: ChapterRecord | null;
  chapterSections: ChapterSection[];
  active: ActiveCard | null;
  /** The passage under the pointer (its key), drawn with all its marks before its card opens. */
  hovered: string | null;
  reader: { section: ChapterSection; highlight: string[] } | null;
  bannerDismissed: boolean;
  saveButton: { top: number; left: number } | null;
  /** The note editor: its view and the draft it saves. */
  editor:
    (EditorView & { token: string; draft: HighlightDraft; range: Range; start: number }) | null;
}

export class ContentApp {
  readonly state: AppState;
  readonly geometry: GeometryCache;
  readonly highlighter: Highlighter;
  readonly overlay: OverlayHost;
  readonly mine: MyHighlights;
  private pendingChecked = false;
  /** Called after every change of state that the page should show. */
  onChange: () => void = () => undefined;
  /** Called after every scan, with its result (the PDF viewer maps chapter openings to pages). */
  onScanned: (result: ScanResult) => void = () => undefined;
  /** Set once the PDF viewer names the chapter by the page being read: scans leave it be. */
  private following: Promise<void> | null = null;
  /** Registers the highlights alone (a scan's paint; the overlay follows in its own task). */
  onPaintHighlights: () => void = () => undefined;
  lastScan: ScanResult | null = null;
  /** The document read for: the page's own, or the PDF's (src/viewer). */
  readonly address: PageAddress;
  /** What is read and watched: <body>, or the PDF viewer's text layers. */
  private readonly root: HTMLElement | null;
  /** Set once the site is turned off: a timer or a scan still in flight must not paint again. */
  stopped = false;
  private watch: Watch | null = null;
  private scannedUrl = '';
  private chapterByPage: ChapterRecord | null = null;
  private learnedKey = '';
  private scanning: Promise<void> | null = null;
  private rescanWanted = false;
  /** The last scan's finds and the thresholds they were found with; cleared when the critique changes. */
  private detected: (Detected & { thresholds: string }) | null = null;
  /** What the background was last told of this page. */
  private reported: {
    url: string;
    matches: TextMatch[];
    chapter: string | null;
    detections: Detection[];
  } | null = null;

  constructor(
    readonly doc: Document,
    settings: Settings,
    t: Translate,
    where: { address?: PageAddress; root?: HTMLElement; placer?: Placer } = {},
  ) {
    this.address = where.address ?? documentAddress(doc);
    this.root = where.root ?? null;
    this.state = {
      // 'auto' reads the page's background at the first scan, not here: a style read as the parser
      // finishes would pull the browser's own style pass of a long page into our task.
      settings,
      theme: settings.appearance.palette === 'auto' ? 'light' : settings.appearance.palette,
      found: [],
      data: null,
      chapter: null,
      chapterSections: [],
      active: null,
      hovered: null,
      reader: null,
      bannerDismissed: false,
      saveButton: null,
      editor: null,
    };
    this.mine = new MyHighlights(this.address);
    this.geometry = new GeometryCache(doc.defaultView!, where.placer);
    this.highlighter = new Highlighter(doc);
    this.overlay = new OverlayHost(doc, t);
  }

  async start(): Promise<void> {
    this.watch = watchPage(this.doc, this.root ?? this.doc.body, (why) => {
      if (why === 'url') this.state.bannerDismissed = false;
      this.requestScan();
    });
    this.requestScan();
    await this.scanning;
  }

  stop(): void {
    this.stopped = true;
    this.watch?.stop();
    this.watch = null;
    this.highlighter.clear();
    this.overlay.remove();
  }

  /** The critique store changed (a pack, a reset): fetch the critique again and repaint. */
  async reloadData(): Promise<void> {
    this.detected = null;
    this.state.data = await this.loadData();
    await sendToBackground('applyStyles').catch(() => undefined);
    this.onChange();
  }

  applySettings(next: Settings): void {
    const previous = this.state.settings;
    this.state.settings = next;
    this.state.theme = this.themeFor(next);
    if (JSON.stringify(next.appearance.layers) !== JSON.stringify(previous.appearance.layers)) {
      void sendToBackground('applyStyles').catch(() => undefined);
    }
    if (next.minWords !== previous.minWords || next.minIdentity !== previous.minIdentity)
      this.requestScan();
    else this.onChange();
  }

  /** The palette: the reader's choice, else the page's own background. */
  private themeFor(settings: Settings): 'light' | 'dark' {
    return settings.appearance.palette === 'auto'
      ? pageTheme(this.doc)
      : settings.appearance.palette;
  }

  /** Scans now, or once more after the scan in progress (changes arrive while scanning). */
  requestScan(): void {
    if (this.scanning) {
      this.rescanWanted = true;
      return;
    }
    this.scanning = this.scan()
      .catch((e: unknown) =>
        console.warn('Counterpoint: scan failed:', e instanceof Error ? e.message : e),
      )
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
    const urlChanged = this.scannedUrl !== this.address.url();
    this.scannedUrl = this.address.url();
    // Critique for every indexed passage and the page's own chapter claim arrive before the first
    // scan (and again on a new URL), so a scan waits for the background only for its detectText;
    // and the first scan starts when the page is idle, not during its first layout and paint.
    if (!this.state.data || urlChanged) {
      [this.state.data, this.chapterByPage] = await Promise.all([
        this.loadData(),
        this.recogniseByPage(),
        whenIdle(),
      ]);
    }
    performance.mark('counterpoint:scan-start');
    const thresholds = JSON.stringify([minWords, minIdentity]);
    const result = await scanRoot(
      this.root ?? this.doc.body,
      (w, whole) => this.detectWindow(w, { minWords, minIdentity }, whole ? this.learnAs(w) : null),
      this.detected?.thresholds === thresholds ? this.detected : null,
    );
    this.lastScan = result;
    this.detected = { ...result, thresholds };
    Object.assign(this.state, { found: result.found, theme: this.themeFor(this.state.settings) });
    if (this.state.active && !result.found.some((f) => f.key === this.state.active!.key))
      this.state.active = null;
    // The same text in part new nodes: only the passages whose ranges are new may have moved.
    if (result.remade) this.geometry.forget(result.remade);
    else this.geometry.invalidate();
    this.onPaintHighlights();
    performance.measure('counterpoint:scan-to-paint', 'counterpoint:scan-start');
    // The overlay (markers, bucket bar, banner) renders in a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.onChange();
    await this.anchorMine(result);
    this.onScanned(result);
    if (this.following) await this.following;
    const chapter = this.following
      ? this.state.chapter
      : (this.chapterByPage ??
        (await this.chapterByOpening(result)) ??
        (await this.chapterByLearned(result)));
    if (await this.setChapter(chapter)) this.onChange();
    await this.report(result, chapter?.id ?? null);
  }

  /** Tells the background what the scan found, unless it told it the same already (a scan that reused its finds). */
  private async report(result: ScanResult, chapter: string | null): Promise<void> {
    const url = this.address.url();
    const last = this.reported;
    const same = last?.url === url && last.matches === result.matches;
    if (same && last.chapter === chapter) return;
    // A whole book's detections, each with its excerpt, are made once for its text.
    // In a task of its own, after the overlay's: a whole book's detections are thousands.
    if (!same) await new Promise((resolve) => setTimeout(resolve, 0));
    const detections = same
      ? last.detections
      : result.found.map((f) => toDetection(result.page, f.match));
    this.reported = { url, matches: result.matches, chapter, detections };
    await sendToBackground('reportDetections', {
      url,
      title: this.address.title().slice(0, 1000),
      chapter,
      detections,
    });
  }

  private detectWindow(
    window: string,
    thresholds: DetectionThresholds,
    learnAs: PageTraits | null = null,
  ): Promise<TextMatch[]> {
    return sendToBackground('detectText', window, thresholds, learnAs);
  }

  /**
   * A page that claims a chapter offers the background that chapter from the text of its scan,
   * once per URL and length. The background decides (learning on, a listed https site, something
   * new), keeps hashes only, and records the outcome for the tab.
   */
  private learnAs(text: string): PageTraits | null {
    const key = `${this.address.url()}|${text.length}`;
    if (!this.chapterByPage || key === this.learnedKey) return null;
    this.learnedKey = key;
    return pageTraits(this.doc);
  }

  /** The passages the last scan's text holds with other thresholds (the options page's preview); nothing is painted. */
  async previewDetections(thresholds: DetectionThresholds): Promise<string[]> {
    const matches = await detectInSegments(this.lastScan?.page.pieces ?? '', (w) =>
      this.detectWindow(w, thresholds),
    );
    return matches.map((m) => m.passage).filter((p): p is string => p !== null);
  }

  /** The reader's highlights on this text; on the first scan, the one the library asked to show. */
  private async anchorMine(result: ScanResult): Promise<void> {
    if (await this.mine.anchor(result.page).catch(() => false)) this.onChange();
    if (this.pendingChecked) return;
    this.pendingChecked = true;
    const id = await sendToBackground('takePendingHighlight').catch(() => null);
    const target = id ? this.mine.byId(id)?.range : null;
    if (target) this.onShowRange(target);
  }

  /** Quotations of chapters the browser learned: the chapter quoted most (by words) names the page's subject. */
  private async chapterByLearned(result: ScanResult): Promise<ChapterRecord | null> {
    const words = new Map<string, number>();
    for (const f of result.found) {
      if (f.match.paragraph !== undefined && f.match.chapter)
        words.set(f.match.chapter, (words.get(f.match.chapter) ?? 0) + f.match.matchedWords);
    }
    const top = [...words].sort((a, b) => b[1] - a[1])[0];
    if (!top) return null;
    if (top[0] === this.state.chapter?.id) return this.state.chapter;
    return (await sendToBackground('getChapterView', top[0]))?.chapter ?? null;
  }

  /** Re-anchors the reader's highlights after a change elsewhere (library, import). */
  async reloadMine(): Promise<void> {
    this.mine.invalidate();
    if (this.lastScan) await this.anchorMine(this.lastScan);
  }

  /** Scrolls a range into view (set by the controller). */
  onShowRange: (range: Range) => void = () => undefined;

  private loadData(): Promise<OverlayData> {
    return sendToBackground('getOverlayData', null);
  }

  private recogniseByPage(): Promise<ChapterRecord | null> {
    return sendToBackground('recogniseChapter', {
      url: this.address.url(),
      ...pageTraits(this.doc),
    });
  }

  /**
   * A chapter opening found (nearly) whole names the chapter on any site; a
   * quotation that merely overlaps an opening does not make the page that chapter.
   */
  private async chapterByOpening(result: ScanResult): Promise<ChapterRecord | null> {
    const opening = result.found.find(
      (f) =>
        f.match.passage === null &&
        f.match.chapter !== null &&
        f.match.coverage >= OPENING_COVERAGE,
    );
    if (!opening) return null;
    if (opening.match.chapter === this.state.chapter?.id) return this.state.chapter;
    return (await sendToBackground('getChapterView', opening.match.chapter!))?.chapter ?? null;
  }

  /** The PDF viewer: the chapter of the page being read (null: none), from now on. */
  followChapter(id: string | null): Promise<void> {
    const previous = this.following ?? Promise.resolve();
    this.following = previous.then(async () => {
      if (id === (this.state.chapter?.id ?? null)) return;
      const chapter = id ? ((await sendToBackground('getChapterView', id))?.chapter ?? null) : null;
      if (await this.setChapter(chapter)) {
        this.state.bannerDismissed = false;
        this.onChange();
      }
    });
    return this.following;
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
