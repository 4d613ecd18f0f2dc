// A thin strip on the viewport's right edge (Hypothesis' bucket bar): a tick
// per passage at its place in the document, and ▲ N / ▼ N for those
// above and below the viewport.

import { clamp, layerVar } from './labels';
import type { Theme, Translate } from './types';

export interface Bucket {
  key: string;
  /** 0..1: the passage's position in the document. */
  fraction: number;
  color: string;
  label: string;
}

export interface BucketBarProps {
  buckets: Bucket[];
  onJump(key: string): void;
  above: number;
  below: number;
  onPrev(): void;
  onNext(): void;
  t: Translate;
  /** The page's look (default light). */
  theme?: Theme;
}

function Arrow({ count, glyph, label, onClick, side }: { count: number; glyph: string; label: string; onClick(): void; side: 'up' | 'down' }) {
  if (count <= 0) return null;
  return (
    <button type="button" class={`cp-bucket-arrow cp-bucket-${side}`} aria-label={label} title={label} onClick={onClick}>
      <span aria-hidden="true">{glyph}</span>
      <span aria-hidden="true">{count}</span>
    </button>
  );
}

export function BucketBar({ buckets, onJump, above, below, onPrev, onNext, t, theme = 'light' }: BucketBarProps) {
  return (
    <nav class={`cp-root cp-bucket-bar cp-theme-${theme}`} aria-label={t('overlayBucketBarLabel')}>
      <Arrow count={above} glyph="▲" side="up" label={t('overlayBucketAbove', [String(above)])} onClick={onPrev} />
      <div class="cp-bucket-track">
        {buckets.map((b) => (
          <button key={b.key} type="button" class="cp-bucket-tick" aria-label={b.label} title={b.label} data-bucket={b.key}
            style={{ top: `${(clamp(b.fraction, 0, 1) * 100).toFixed(2)}%`, ...layerVar(b.color) }}
            onClick={() => onJump(b.key)} />
        ))}
      </div>
      <Arrow count={below} glyph="▼" side="down" label={t('overlayBucketBelow', [String(below)])} onClick={onNext} />
    </nav>
  );
}
