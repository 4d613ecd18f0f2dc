// The review's quotations whose nearest real wording is this passage, each
// with our verdict as icon + text (never colour alone) and our note.

import type { QuoteCheck, Verdict } from '../../shared/dataset';
import type { IconName } from '../../shared/icons';
import { Icon } from '../Icon';
import type { Translate } from './types';

const VERDICTS: Record<Verdict, { icon: IconName; key: string }> = {
  found: { icon: 'check', key: 'overlayVerdictFound' },
  close: { icon: 'approx', key: 'overlayVerdictClose' },
  'not-found': { icon: 'empty-set', key: 'overlayVerdictNotFound' },
};

function QuoteCheckItem({ check, t }: { check: QuoteCheck; t: Translate }) {
  const verdict = VERDICTS[check.verdict];
  return (
    <li class={`cp-check cp-verdict-${check.verdict}`} data-check={check.id}>
      <span class="cp-check-phrase">{t('overlayQuoted', [check.phrase])}</span>
      <span class="cp-check-meta">
        <span class="cp-verdict">
          <span class="cp-verdict-icon">
            <Icon name={verdict.icon} size={11} />
          </span>
          {t(verdict.key)}
        </span>
        <span class="cp-check-by">{t('overlayAttributedTo', [check.attributedTo])}</span>
      </span>
      <p class="cp-check-note">{check.note}</p>
    </li>
  );
}

export function QuoteChecks({
  checks,
  t,
  headingId,
}: {
  checks: QuoteCheck[];
  t: Translate;
  headingId: string;
}) {
  if (checks.length === 0) return null;
  return (
    <section class="cp-checks" aria-labelledby={headingId}>
      <h3 id={headingId} class="cp-subhead">
        {t('overlayQuoteChecksHeading')}
      </h3>
      <ul>
        {checks.map((c) => (
          <QuoteCheckItem key={c.id} check={c} t={t} />
        ))}
      </ul>
    </section>
  );
}
