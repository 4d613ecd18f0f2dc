// The viewer's state and what the reader does with it: open a PDF (by URL,
// picked or dropped), page through it, zoom; and the page side's overlay
// (src/content) over its text layers, reading for the PDF's address.

import { ContentApp } from '../content/app';
import { Controller } from '../content/controller';
import { runTabCommand } from '../content/commands';
import { listenToPage } from '../content/input';
import type { TabCommand } from '../shared/tab-commands';
import { localPdfUrl, type OutlineEntry, type ViewerProblem } from '../shared/viewer-url';
import type { ViewerDeps } from './deps';
import { chapterAtPage, type OpeningAt } from './chapters';
import { openingsOnPages, pdfAddress } from './pdf-address';
import { extractText, type Extraction } from './extract';
import { offerForLearning } from './learn-book';
import { fetchPdf, looksLikePdf, MAX_PDF_BYTES, PdfFetchFailed } from './fetch-pdf';
import { PageViews } from './pages';
import { farPagePlacer } from './placer';
import { PdfDocument } from './pdf-document';
import { canvasMeasure } from './text-layer';
import { TextLayers } from './text-layers';

export interface ViewerState {
  phase: 'choose' | 'fetching' | 'opening' | 'reading' | 'ready' | 'failed';
  problem: ViewerProblem | null;
  /** The PDF's URL, when it has one. */
  url: string | null;
  title: string;
  loadedBytes: number;
  pages: number;
  page: number;
  extracted: number;
  zoom: number;
  outline: OutlineEntry[];
  /** Chapters this PDF taught when its text was read (a whole book), or null. */
  learned: number | null;
}

const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];

interface Opened {
  pdf: PdfDocument;
  views: PageViews;
  extraction: Extraction;
  app: ContentApp;
  controller: Controller;
  unlisten: () => void;
}

export class Viewer {
  state: ViewerState = {
    phase: 'choose',
    problem: null,
    url: null,
    title: '',
    loadedBytes: 0,
    pages: 0,
    page: 1,
    extracted: 0,
    zoom: 1,
    outline: [],
    learned: null,
  };
  onChange: () => void = () => undefined;
  private opened: Opened | null = null;
  /** Where each chapter opening found in the PDF starts. */
  private openings: OpeningAt[] = [];

  constructor(
    private readonly doc: Document,
    private readonly container: HTMLElement,
    private readonly deps: ViewerDeps,
  ) {
    deps.settings.onChanged((next) => this.opened?.app.applySettings(next));
  }

  private set(change: Partial<ViewerState>): void {
    this.state = { ...this.state, ...change };
    this.onChange();
  }

  async openUrl(url: string): Promise<void> {
    this.set({ phase: 'fetching', url, problem: null, loadedBytes: 0 });
    try {
      const bytes = await fetchPdf(url, (loaded) => this.set({ loadedBytes: loaded }));
      await this.openBytes(bytes, url, new URL(url).pathname.split('/').pop() || url);
    } catch (e) {
      this.fail(e);
    }
  }

  async openFile(file: File): Promise<void> {
    this.set({ phase: 'opening', url: null, problem: null });
    try {
      if (file.size > MAX_PDF_BYTES)
        throw new PdfFetchFailed({ kind: 'too-large', bytes: file.size });
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (!looksLikePdf(bytes)) throw new PdfFetchFailed({ kind: 'not-pdf' });
      await this.openBytes(bytes, null, file.name);
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    const problem: ViewerProblem =
      e instanceof PdfFetchFailed
        ? e.reason
        : { kind: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
    this.set({ phase: 'failed', problem });
  }

  private async openBytes(bytes: Uint8Array, url: string | null, name: string): Promise<void> {
    this.close();
    this.set({ phase: 'opening' });
    const pdf = await PdfDocument.open(bytes, this.deps.base);
    const { fingerprint, firstPage } = pdf.info;
    const address = url ?? localPdfUrl(fingerprint ?? '');
    const title = (pdf.info.title ?? name).slice(0, 300);
    this.doc.title = title;
    const views = new PageViews(this.doc, this.container, pdf);
    const shells = views.addShells(pdf.pages, firstPage);
    views.setZoom(this.state.zoom);
    const layers = new TextLayers(this.doc, pdf, canvasMeasure(this.doc), (i) => views.isNear(i));
    const extraction = extractText(pdf, views, layers, (done, total) =>
      this.set({ extracted: done, pages: total }),
    );
    const { app, controller } = await this.overlay(views, layers, {
      url: address,
      title,
      fingerprint,
    });
    this.opened = {
      pdf,
      views,
      extraction,
      app,
      controller,
      unlisten: listenToPage(app, controller),
    };
    this.set({
      phase: 'reading',
      title,
      pages: pdf.pages,
      page: 1,
      extracted: 0,
      learned: null,
    });
    // `#page=N` (RFC 3778, as every PDF viewer reads it): the library opens a highlight there.
    const start = /^#page=(\d{1,6})$/.exec(this.doc.location.hash);
    if (start) void shells.then(() => this.goTo(Number(start[1])));
    void app.start();
    void pdf.outline().then(
      (outline) => this.set({ outline }),
      () => undefined,
    );
    await extraction.done;
    // Another PDF opened meanwhile cancelled this one's extraction: its state is not ours to set.
    if (this.opened?.extraction !== extraction) return;
    this.set({ phase: 'ready' });
    const learned = await offerForLearning(this.deps, url, extraction).catch(() => null);
    if (this.opened?.extraction === extraction && learned) this.set({ learned });
  }

  /**
   * The page side over the text layers, reading for the PDF's address: pages coming near are
   * measured and take their runs; a page's swap of form asks for a scan (the text is the same, so
   * the scan keeps its finds and remakes the stale ranges).
   */
  private async overlay(
    views: PageViews,
    layers: TextLayers,
    pdf: { url: string; title: string; fingerprint: string | null | undefined },
  ) {
    const settings = await this.deps.settings.read();
    const app = new ContentApp(this.doc, settings, this.deps.t, {
      address: pdfAddress(this.deps, pdf),
      root: this.container,
      placer: farPagePlacer(views, this.doc.defaultView!, layers),
    });
    const controller = new Controller(app, this.deps.t);
    views.onNear = (pages) => {
      app.geometry.forgetEstimates();
      controller.scheduleRefresh();
      void layers.near(pages);
    };
    layers.onSwapped = () => {
      if (!app.stopped) app.requestScan();
    };
    app.onScanned = (result) => {
      this.openings = openingsOnPages(result.found);
      this.followChapter();
    };
    return { app, controller };
  }

  /** Closes the open PDF, if any: its overlay, pages and pdf.js document. */
  close(): void {
    const o = this.opened;
    if (!o) return;
    this.opened = null;
    o.extraction.cancel();
    o.unlisten();
    o.app.stop();
    o.views.destroy();
    this.container.replaceChildren();
    o.pdf.destroy();
  }

  /** A command for this tab (keyboard shortcut, side panel, context menu), as a page takes it. */
  runCommand(command: TabCommand): Promise<unknown> | void {
    return this.opened ? runTabCommand(this.opened, command) : undefined;
  }

  /** The critique store or the reader's highlights changed elsewhere. */
  reload(what: 'data' | 'mine'): void {
    if (what === 'data') void this.opened?.app.reloadData();
    else void this.opened?.app.reloadMine();
  }

  /** The page the viewport shows changed (a scroll). */
  followScroll(): void {
    const page = (this.opened?.views.currentPage() ?? 0) + 1;
    if (page === this.state.page) return;
    this.set({ page });
    this.followChapter();
  }

  /** The banner names the chapter of the page being read (a whole book holds many). */
  private followChapter(): void {
    const id = chapterAtPage(this.openings, this.state.page);
    if (id !== undefined) void this.opened?.app.followChapter(id);
  }

  goTo(page: number): void {
    if (!this.opened) return;
    this.opened.views.goTo(page - 1);
    this.set({ page: Math.max(1, Math.min(this.state.pages, page)) });
    this.followChapter();
  }

  setZoom(zoom: number): void {
    if (!this.opened) return;
    const page = this.state.page;
    this.opened.views.setZoom(zoom);
    this.opened.views.goTo(page - 1);
    this.set({ zoom: this.opened.views.currentZoom });
  }

  zoomStep(direction: 1 | -1): void {
    const z = this.state.zoom;
    const next =
      direction > 0
        ? (ZOOM_STEPS.find((s) => s > z + 0.001) ?? z)
        : ([...ZOOM_STEPS].reverse().find((s) => s < z - 0.001) ?? z);
    this.setZoom(next);
  }

  /** The zoom at which page 1 fills the viewer's width (its width scales with the zoom). */
  fitWidth(): void {
    const width = this.opened?.views.shells[0]?.element.getBoundingClientRect().width;
    if (!width) return;
    this.setZoom((this.state.zoom * (this.container.clientWidth - 32)) / width);
  }
}
