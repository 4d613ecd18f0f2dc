// One titled region of the options page: a landmark named by its heading.

import type { ComponentChildren } from 'preact';

export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="opt-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="opt-intro">{intro}</p>}
      {children}
    </section>
  );
}

export function NoticeLine({
  notice,
  id,
}: {
  notice: { kind: 'ok' | 'error'; text: string } | null;
  id?: string;
}) {
  // Always rendered, so screen readers announce what appears in it.
  return (
    <p id={id} class={`opt-notice${notice ? ` opt-notice-${notice.kind}` : ''}`} role="status">
      {notice?.text ?? ''}
    </p>
  );
}
