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
import { groupTicks } from './buckets';
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
        packs={state.packs}
        onAddPerspective={() => actions.addPerspective(active.key)}
      />
    </div>
  );
}

/**
 * The markers split after the active one, so its card can go between the halves (Tab order);
 * all markers before when no card is open.
 */
function markersAround(state: OverlayState, t: Translate): [Marker[], Marker[]] {
  const { passages, active, theme } = state;
  const markers = passages
    .map((p) => markerOf(p, active, theme, t))
    .filter((m): m is Marker => m !== null);
  const split = active ? markers.findIndex((m) => m.key === active.key) + 1 : markers.length;
  return [markers.slice(0, split), markers.slice(split)];
}

type SlotProps = { state: OverlayState; actions: OverlayActions; t: Translate };

function BannerSlot({ state, actions, t }: SlotProps) {
  if (!state.banner) return null;
  return (
    <div class="cp-banner-slot">
      <ChapterBanner
        chapter={state.banner.chapter}
        sections={state.banner.sections}
        theme={state.theme}
        t={t}
        onDismiss={actions.dismissBanner}
        onOpenSection={actions.readSection}
      />
    </div>
  );
}

/** The passages on the bucket bar, in their markers' colours, those close together sharing a tick. */
function PassageBuckets({ state, actions, t }: SlotProps) {
  const { passages, theme } = state;
  if (passages.length === 0) return null;
  const ticks = groupTicks(
    passages.map((p) => ({
      key: p.key,
      fraction: p.fraction,
      color: colorOf(p.layers[0], theme),
      label: p.label ?? p.passageId,
    })),
    t,
  );
  return (
    <BucketBar
      buckets={ticks}
      onJump={(key) => actions.jump(ticks.find((tick) => tick.key === key)?.jumpTo ?? key)}
      above={state.above}
      below={state.below}
      onPrev={actions.previous}
      onNext={actions.next}
      t={t}
      theme={theme}
    />
  );
}

function ReaderSlot({ state, actions, t }: SlotProps) {
  if (!state.reader || !state.review) return null;
  return (
    <div class="cp-reader-slot">
      <SectionReader
        section={state.reader.section}
        review={state.review}
        theme={state.theme}
        t={t}
        onClose={actions.closeReader}
        highlightParagraphs={state.reader.highlight}
      />
    </div>
  );
}

export function Overlay({ state, actions, t }: SlotProps) {
  const { theme, passages, active } = state;
  const [beforeCard, afterCard] = markersAround(state, t);
  const activePassage = active ? passages.find((p) => p.key === active.key) : undefined;
  const markerProps = {
    onActivate: actions.activate,
    onFocusMarker: actions.focusMarker,
    onBlurMarker: actions.blurMarker,
    t,
    theme,
  };
  const slots = { state, actions, t };
  return (
    <div class={`cp-overlay cp-theme-${theme}`}>
      <BannerSlot {...slots} />
      <MarginMarkers markers={beforeCard} {...markerProps} />
      {active && activePassage && state.review && (
        <Card state={state} passage={activePassage} active={active} actions={actions} t={t} />
      )}
      <MarginMarkers markers={afterCard} {...markerProps} />
      <PassageBuckets {...slots} />
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
      <ReaderSlot {...slots} />
    </div>
  );
}
