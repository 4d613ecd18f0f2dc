// A part of an extension page that fails to render says so, in words, with a
// way to show it again, instead of taking the page down with it: an error
// thrown while preact renders leaves the whole root blank otherwise. Every
// page mounts through `mountPage`, so every page has one at its root; pages
// put more around the parts that can fail alone (a library card, an options
// section), so the rest stays usable.

import { Component, render, type ComponentChildren, type VNode } from 'preact';
import type { Translate } from './overlay/types';

export interface ErrorBoundaryProps {
  t: Translate;
  children?: ComponentChildren;
  /** What failed, as the reader reads it; "This part of the page could not be shown." when absent. */
  title?: string;
  /** "Reload": shows the part again after the page's own refresh; the document is reloaded when absent. */
  onReload?(): void;
  /** Actions beside "Reload" (a library card that failed: Delete). */
  actions?: ComponentChildren;
  /** Classes beside `cp-failed`, so the fallback takes the place of what failed. */
  class?: string;
}

interface State {
  error: Error | null;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: asError(error) };
  }

  override componentDidCatch(error: unknown): void {
    console.error('counterpoint: a part of the page could not be shown:', error);
  }

  private reload = () => {
    this.setState({ error: null });
    if (this.props.onReload) this.props.onReload();
    else location.reload();
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { t, title, actions, class: className } = this.props;
    return (
      <div class={className ? `cp-failed ${className}` : 'cp-failed'} role="alert">
        <p class="cp-failed-title">{title ?? t('viewFailed')}</p>
        <p class="cp-failed-error">{t('viewFailedError', [error.message || error.name])}</p>
        <div class="cp-failed-actions">
          <button type="button" class="cp-failed-button" onClick={this.reload}>
            {t('viewFailedReload')}
          </button>
          {actions}
        </div>
      </div>
    );
  }
}

/** Renders a page's root inside an ErrorBoundary: a page never stays blank. */
export function mountPage(root: HTMLElement, page: VNode, t: Translate): void {
  render(<ErrorBoundary t={t}>{page}</ErrorBoundary>, root);
}
