// The overlay preview page (bundled by scripts/preview-overlay.mjs): every
// overlay component with real review data, over a placeholder book page, in
// the theme named by ?theme=light|dark. Not shipped, not tested.

import { render } from 'preact';
import type { Dataset, ReviewParagraph } from '../../src/shared/dataset';
import type { ChapterSection } from '../../src/shared/messages';
import dataset from '../../src/data/dataset.json';
import messages from '../../extension/_locales/en/messages.json';
import {
  BucketBar,
  ChapterBanner,
  chapterLine,
  CritiqueCard,
  MarginMarkers,
  OVERLAY_CSS,
  SectionReader,
  type Marker,
  type Theme,
} from '../../src/ui/overlay';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const data = dataset as unknown as Dataset;
const theme: Theme =
  new URLSearchParams(location.search).get('theme') === 'dark' ? 'dark' : 'light';

/** chrome.i18n.getMessage over the bundled messages.json. */
function t(key: string, subs: string[] = []): string {
  const m = (messages as Record<string, Message>)[key];
  if (!m) return `??${key}??`;
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_x, i: string) => subs[Number(i) - 1] ?? '');
  });
}

const byId = <T extends { id: string }>(list: T[], id: string) => list.find((r) => r.id === id)!;
const paragraphsOf = (ids: string[]) => ids.map((id) => byId(data.paragraphs, id));

function sectionOf(section: string): ChapterSection {
  const paragraphs: ReviewParagraph[] = data.paragraphs.filter((p) => p.section === section);
  return { section, heading: paragraphs[0].sectionHeading, paragraphs };
}

const PROSE = [
  'This page stands in for a chapter of a long history as a reader meets it on the web: a plain column of text, set in a book face, with generous margins on either side.',
  'An editorial note of this kind usually explains how the edition was prepared, which printed text it follows, where the translator chose one rendering over another, and how the notes at the foot of each page were gathered.',
  'Readers who arrive here from a search engine rarely begin at the first chapter. They land in the middle of an argument, and what they need first is to know where they are and who else has written about the page in front of them.',
  'A margin marker sits beside each passage that the review speaks to. Focusing it opens a card with the review’s own paragraphs, verbatim, and the quotations the review attributes to the author, checked against the reference text.',
  'The strip on the right edge of the window shows where such passages fall across the whole page, so that a long chapter can be read for its contested places as well as from beginning to end.',
  'Nothing on this page is the text of the history itself; it is placeholder prose written for the preview, so that the overlay can be judged against the kind of page it will sit on.',
];

function Page() {
  return (
    <article class="book">
      <p class="running">Editorial note · Placeholder chapter</p>
      <h1>On Reading a Long History Online</h1>
      {PROSE.map((p, i) => (
        <p key={i} class="para">
          {p}
        </p>
      ))}
    </article>
  );
}

function markers(): Marker[] {
  const colour = (id: string) => byId(data.layers, id).color[theme];
  return [
    {
      key: 'VI-04',
      top: 268,
      left: 62,
      color: colour('critique'),
      icon: '✕',
      label: t('overlayMarkerLabel', ['Formulating the mood', '3']),
      active: true,
      count: 3,
    },
    {
      key: 'VII-02',
      top: 430,
      left: 62,
      color: colour('tribute'),
      icon: '✓',
      label: t('overlayMarkerLabelOne', ['A movement from below']),
      active: false,
      count: 1,
    },
    {
      key: 'VI-03',
      top: 600,
      left: 62,
      color: colour('theme:discipline-timing'),
      icon: '⏱',
      label: t('overlayMarkerLabel', ['Factory committees', '2']),
      active: false,
      count: 2,
    },
  ];
}

function Overlay() {
  const passage = byId(data.passages, 'VI-04');
  const chapter = byId(data.chapters, 'ch26');
  const front = byId(data.chapters, 'app1-v1');
  const slander = byId(data.passages, 'VII-09');
  const noop = () => undefined;
  const buckets = [0.06, 0.21, 0.34, 0.52, 0.71, 0.88].map((fraction, i) => ({
    key: `b${i}`,
    fraction,
    color: byId(data.layers, i % 2 ? 'tribute' : 'critique').color[theme],
    label: `Passage ${i + 1}`,
  }));
  return (
    <>
      <div class="slot banner">
        <ChapterBanner
          chapter={chapter}
          sections={chapter.sections.map(sectionOf)}
          theme={theme}
          t={t}
          onDismiss={noop}
          onOpenSection={noop}
          onMinimise={noop}
        />
      </div>
      <div class="slot banner2">
        <ChapterBanner
          chapter={front}
          sections={[]}
          theme={theme}
          t={t}
          onDismiss={noop}
          onOpenSection={noop}
        />
      </div>
      <MarginMarkers
        markers={markers()}
        theme={theme}
        t={t}
        onActivate={noop}
        onFocusMarker={noop}
        onBlurMarker={noop}
      />
      <div class="slot card">
        <CritiqueCard
          id="cp-card-VI-04"
          passageId="VI-04"
          passageLabel={passage.label}
          chapterTitle={chapterLine(chapter, t)}
          paragraphs={paragraphsOf(passage.paragraphs)}
          quoteChecks={data.quoteChecks.filter((q) => q.nearestPassages.includes(passage.id))}
          layers={data.layers}
          review={data.review}
          theme={theme}
          t={t}
          page={1}
          onPage={noop}
          onClose={noop}
          onReadSection={noop}
        />
      </div>
      <div class="slot card2">
        <CritiqueCard
          id="cp-card-VII-09"
          passageId="VII-09"
          passageLabel={slander.label}
          chapterTitle={chapterLine(byId(data.chapters, 'ch35'), t)}
          paragraphs={[]}
          quoteChecks={data.quoteChecks.filter((q) => q.nearestPassages.includes(slander.id))}
          layers={data.layers}
          review={data.review}
          theme={theme}
          t={t}
          page={0}
          onPage={noop}
          onClose={noop}
          onReadSection={noop}
        />
      </div>
      <div class="slot reader">
        <SectionReader
          section={sectionOf('VI')}
          review={data.review}
          theme={theme}
          t={t}
          onClose={noop}
          highlightParagraphs={passage.paragraphs}
        />
      </div>
      <BucketBar
        buckets={buckets}
        above={1}
        below={4}
        theme={theme}
        t={t}
        onJump={noop}
        onPrev={noop}
        onNext={noop}
      />
    </>
  );
}

// Where the preview puts the caller-placed components.
const SLOTS = `
.slot { position: absolute; }
.banner { top: 14px; left: 96px; right: 60px; }
.banner2 { top: 1236px; left: 96px; }
.card2 { top: 790px; left: 1110px; }
.card { top: 250px; left: 700px; }
.reader { top: 120px; left: 1110px; }
`;

document.documentElement.className = theme;
render(<Page />, document.getElementById('page')!);
const shadow = document.getElementById('overlay')!.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = OVERLAY_CSS + SLOTS;
shadow.append(style);
render(<Overlay />, shadow);
