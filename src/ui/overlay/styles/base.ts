// Tokens, isolation and shared controls. `all: initial` on every component
// root stops the page's inherited styles (font, colour, line-height) at the
// shadow boundary; the themes only set custom properties.

export const BASE_CSS = `
.cp-theme-light {
  --cp-bg: #ffffff; --cp-fg: #1f2328; --cp-muted: #59606b; --cp-surface: #f4f5f7;
  --cp-border: #dde1e6; --cp-accent: #0b57a4; --cp-accent-bg: #e9f1fb; --cp-focus: #0b57a4;
  --cp-mark: #fff3cf; --cp-found: #1f6f50; --cp-close: #8a5800; --cp-not-found: #b3261e;
  --cp-shadow: 0 1px 2px rgba(16, 24, 40, .06), 0 10px 28px rgba(16, 24, 40, .16);
  color-scheme: light;
}
.cp-theme-dark {
  --cp-bg: #1f2125; --cp-fg: #eceef1; --cp-muted: #a9afb8; --cp-surface: #292c31;
  --cp-border: #3a3e45; --cp-accent: #9cc7ff; --cp-accent-bg: #22324a; --cp-focus: #9cc7ff;
  --cp-mark: #3b3322; --cp-found: #8fd6b4; --cp-close: #ffcf70; --cp-not-found: #f2b8b5;
  --cp-shadow: 0 1px 2px rgba(0, 0, 0, .4), 0 12px 32px rgba(0, 0, 0, .5);
  color-scheme: dark;
}
.cp-root {
  all: initial;
  display: block;
  box-sizing: border-box;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 14.5px; line-height: 1.5; color: var(--cp-fg);
  text-align: left; -webkit-font-smoothing: antialiased;
}
.cp-root *, .cp-root *::before, .cp-root *::after { box-sizing: border-box; }
:where(.cp-root) :where(h2, h3, p, ul) { margin: 0; padding: 0; }
:where(.cp-root) ul { list-style: none; }
:where(.cp-root) button { font: inherit; color: inherit; background: none; border: 0; margin: 0; padding: 0; cursor: pointer; }
:where(.cp-root) button:disabled { cursor: default; opacity: .4; }
:where(.cp-root) a { color: inherit; }
:where(.cp-root) :focus { outline: none; }
:where(.cp-root) :focus-visible { outline: 2px solid var(--cp-focus); outline-offset: 2px; }
.cp-sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.cp-icon-button {
  display: inline-grid; place-items: center; flex: none;
  width: 28px; height: 28px; border-radius: 7px;
  font-size: 18px; line-height: 1; color: var(--cp-muted);
  transition: background-color .12s, color .12s;
}
.cp-icon-button:hover:not(:disabled) { background: var(--cp-surface); color: var(--cp-fg); }
.cp-kicker {
  font-size: 11px; font-weight: 650; letter-spacing: .07em; text-transform: uppercase; color: var(--cp-muted);
}
.cp-chips { display: flex; flex-wrap: wrap; gap: 6px; }
.cp-chip {
  display: inline-flex; align-items: center; gap: 5px; padding: 2px 9px 2px 7px;
  border-radius: 999px; font-size: 12px; font-weight: 500; line-height: 18px; white-space: nowrap;
  color: var(--cp-fg);
  background: color-mix(in srgb, var(--cp-layer) 9%, var(--cp-bg));
  border: 1px solid color-mix(in srgb, var(--cp-layer) 40%, var(--cp-bg));
}
/* Icons are inline SVG in currentColor (src/ui/Icon.tsx): no symbol font is needed. */
svg[data-icon] { display: block; flex: none; }
.cp-chip-icon { color: var(--cp-layer); }
.cp-chip-strong { background: var(--cp-layer); border-color: var(--cp-layer); color: var(--cp-bg); font-weight: 650; }
.cp-chip-strong .cp-chip-icon { color: inherit; }
.cp-attribution {
  display: block; padding: 10px 16px 12px; border-top: 1px solid var(--cp-border);
  font-size: 12px; line-height: 1.45; color: var(--cp-muted);
}
/* A perspective's page names its author as its pack says, as text. */
.cp-pack-attribution { font-style: normal; }
.cp-attribution a { color: var(--cp-muted); text-decoration: underline; text-decoration-color: color-mix(in srgb, var(--cp-muted) 45%, transparent); text-underline-offset: 2px; }
.cp-attribution a:hover { color: var(--cp-fg); text-decoration-color: currentColor; }
@media (prefers-reduced-motion: reduce) {
  .cp-root, .cp-root * { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
`;
