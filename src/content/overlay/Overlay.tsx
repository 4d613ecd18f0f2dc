// The overlay's top component: places the presentational pieces from
// src/ui/overlay (banner, markers, card, section reader, bucket bar) on the
// page. The open card sits right after its marker in the DOM, so Tab goes
// from a marker into its card and on to the next marker.

import type { LayerRecord } from '../../shared/dataset';
import {
  BucketBar,
  ChapterBanner,
  CritiqueCard,
  EditorFrame,
  MarginMarkers,
  SaveButton,
  SectionReader,
  type Marker,
  type Translate,
} from '../../ui/overlay';
import type { ActiveCard, OverlayActions, OverlayState, PassageView } from './model';

const colorOf = (layer: LayerRecord | undefined, theme: 'light' | 'dark') =>
  layer ? layer.color[theme] : '#777';

function markerOf(
  p: PassageView,
  active: ActiveCard | null,
  theme: 'light' | 'dark',
  t: Translate,
): Marker | null {
  if (!p.marker) return null;
  const count = p.paragraphs.length;
  const name = p.label ?? p.passageId;
  return {
    key: p.key,
    top: p.marker.top,
    left: p.marker.left,
    color: colorOf(p.layers[0], theme),
    icon: p.layers[0]?.icon ?? 'quote',
    label:
      count === 1
        ? t('overlayMarkerLabelOne', [name])
        : t('overlayMarkerLabel', [name, String(count)]),
    active: active?.key === p.key,
    count,
  };
}

function Card({
  state,
  passage,
  active,
  actions,
  t,
}: {
  state: OverlayState;
  passage: PassageView;
  active: ActiveCard;
  actions: OverlayActions;
  t: Translate;
}) {
  const { placement } = active;
  const { height } = placement;
  const above = placement.side === 'above';
  const style = {
    position: 'absolute',
    left: `${placement.left}px`,
    width: `${placement.width}px`,
    maxHeight: `${height}px`,
    top: `${above ? placement.top + height : placement.top}px`,
    transform: above ? 'translateY(-100%)' : undefined,
    display: 'flex',
  };
  return (
    <div
      class="cp-card-slot"
      data-side={placement.side}
      style={style}
      onPointerEnter={() => actions.hoverCard(true)}
      onPointerLeave={() => actions.hoverCard(false)}
    >
      <CritiqueCard
        id="counterpoint-card"
        passageId={passage.passageId}
        passageLabel={passage.cardLabel}
        chapterTitle={passage.chapterTitle}
        paragraphs={passage.paragraphs}
        quoteChecks={passage.quoteChecks}
        layers={state.layers}
        review={state.review!}
        theme={state.theme}
        t={t}
        page={active.page}
        onPage={actions.page}
        onClose={actions.closeCard}
        onReadSection={actions.readSection}
      />
    </div>
  );
}

export function Overlay({
  state,
  actions,
  t,
}: {
  state: OverlayState;
  actions: OverlayActions;
  t: Translate;
}) {
  const { theme, passages, active } = state;
  const markers = passages
    .map((p) => markerOf(p, active, theme, t))
    .filter((m): m is Marker => m !== null);
  const split = active ? markers.findIndex((m) => m.key === active.key) + 1 : markers.length;
  const activePassage = active ? passages.find((p) => p.key === active.key) : undefined;
  const markerProps = {
    onActivate: actions.activate,
    onFocusMarker: actions.focusMarker,
    onBlurMarker: actions.blurMarker,
    t,
    theme,
  };
  return (
    <div class={`cp-overlay cp-theme-${theme}`}>
      {state.banner && (
        <div class="cp-banner-slot">
          <ChapterBanner
            chapter={state.banner.chapter}
            sections={state.banner.sections}
            theme={theme}
            t={t}
            onDismiss={actions.dismissBanner}
            onOpenSection={actions.readSection}
          />
        </div>
      )}
      <MarginMarkers markers={markers.slice(0, split)} {...markerProps} />
      {active && activePassage && state.review && (
        <Card state={state} passage={activePassage} active={active} actions={actions} t={t} />
      )}
      <MarginMarkers markers={markers.slice(split)} {...markerProps} />
      {passages.length > 0 && (
        <BucketBar
          buckets={passages.map((p) => ({
            key: p.key,
            fraction: p.fraction,
            color: colorOf(p.layers[0], theme),
            label: p.label ?? p.passageId,
          }))}
          onJump={actions.jump}
          above={state.above}
          below={state.below}
          onPrev={actions.previous}
          onNext={actions.next}
          t={t}
          theme={theme}
        />
      )}
      {state.saveButton && (
        <SaveButton
          top={state.saveButton.top}
          left={state.saveButton.left}
          theme={theme}
          t={t}
          onSave={actions.editSelection}
        />
      )}
      {state.editor && (
        <EditorFrame
          {...state.editor}
          title={t('overlayEditorTitle')}
          theme={theme}
          onFrame={actions.editorFrame}
        />
      )}
      {state.reader && state.review && (
        <div class="cp-reader-slot">
          <SectionReader
            section={state.reader.section}
            review={state.review}
            theme={theme}
            t={t}
            onClose={actions.closeReader}
            highlightParagraphs={state.reader.highlight}
          />
        </div>
      )}
    </div>
  );
}
