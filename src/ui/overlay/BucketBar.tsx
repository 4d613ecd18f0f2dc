// A thin strip on the viewport's right edge (Hypothesis' bucket bar): a tick
// per passage at its place in the document, and arrows with the counts of
// passages above and below the viewport.

import { Icon } from '../Icon';
import { clamp, layerVar } from './labels';
import type { Theme, Translate } from './types';

interface Bucket {
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

function Arrow({
  count,
  label,
  onClick,
  side,
}: {
  count: number;
  label: string;
  onClick(): void;
  side: 'up' | 'down';
}) {
  if (count <= 0) return null;
  return (
    <button
      type="button"
      class={`cp-bucket-arrow cp-bucket-${side}`}
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      <Icon name={side === 'up' ? 'chevron-up' : 'chevron-down'} size={10} />
      <span aria-hidden="true">{count}</span>
    </button>
  );
}

export function BucketBar({
  buckets,
  onJump,
  above,
  below,
  onPrev,
  onNext,
  t,
  theme = 'light',
}: BucketBarProps) {
  return (
    <nav class={`cp-root cp-bucket-bar cp-theme-${theme}`} aria-label={t('overlayBucketBarLabel')}>
      <Arrow
        count={above}
        side="up"
        label={t('overlayBucketAbove', [String(above)])}
        onClick={onPrev}
      />
      <div class="cp-bucket-track">
        {buckets.map((b) => (
          <button
            key={b.key}
            type="button"
            class="cp-bucket-tick"
            aria-label={b.label}
            title={b.label}
            data-bucket={b.key}
            style={{ top: `${(clamp(b.fraction, 0, 1) * 100).toFixed(2)}%`, ...layerVar(b.color) }}
            onClick={() => onJump(b.key)}
          />
        ))}
      </div>
      <Arrow
        count={below}
        side="down"
        label={t('overlayBucketBelow', [String(below)])}
        onClick={onNext}
      />
    </nav>
  );
}
