// The card and the section reader: floating panels with a fixed header and
// footer and an internally scrolling body, so long paragraphs never spill.

export const PANEL_CSS = `
.cp-card, .cp-reader {
  display: flex; flex-direction: column; min-height: 0;
  width: 380px; max-width: min(100%, calc(100vw - 24px)); max-height: min(600px, calc(100vh - 24px));
  background: var(--cp-bg); border: 1px solid var(--cp-border); border-radius: 12px;
  box-shadow: var(--cp-shadow); overflow: hidden;
  animation: cp-enter .14s ease-out;
}
.cp-reader { width: 460px; max-height: min(640px, calc(100vh - 24px)); }
@keyframes cp-enter { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
.cp-header { display: flex; align-items: flex-start; gap: 8px; padding: 12px 10px 10px 16px; border-bottom: 1px solid var(--cp-border); }
.cp-header-text { flex: 1; min-width: 0; display: grid; gap: 2px; }
.cp-title { font-size: 15px; font-weight: 650; line-height: 1.35; color: var(--cp-fg); }
.cp-subtitle { font-size: 12.5px; line-height: 1.4; color: var(--cp-muted); }
.cp-close { margin-top: -2px; }
.cp-scroll {
  flex: 1 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain; padding: 14px 16px 16px;
  /* Scroll shadows: the covers scroll with the content, the shades stay, so a shade shows only where more text hides. */
  background:
    linear-gradient(var(--cp-bg) 30%, transparent) top / 100% 28px no-repeat local,
    linear-gradient(transparent, var(--cp-bg) 70%) bottom / 100% 28px no-repeat local,
    linear-gradient(rgba(0, 0, 0, .10), transparent) top / 100% 10px no-repeat scroll,
    linear-gradient(transparent, rgba(0, 0, 0, .10)) bottom / 100% 10px no-repeat scroll;
  background-color: var(--cp-bg);
}
.cp-theme-dark .cp-scroll {
  background:
    linear-gradient(var(--cp-bg) 30%, transparent) top / 100% 28px no-repeat local,
    linear-gradient(transparent, var(--cp-bg) 70%) bottom / 100% 28px no-repeat local,
    linear-gradient(rgba(0, 0, 0, .45), transparent) top / 100% 10px no-repeat scroll,
    linear-gradient(transparent, rgba(0, 0, 0, .45)) bottom / 100% 10px no-repeat scroll;
  background-color: var(--cp-bg);
}
.cp-scroll:focus-visible { outline-offset: -2px; }
.cp-group { display: grid; gap: 12px; }
.cp-group > .cp-section { margin: 0; }
.cp-para { display: grid; gap: 10px; }
.cp-para + .cp-para { padding-top: 12px; border-top: 1px solid var(--cp-border); }
.cp-para-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; }
.cp-section { font-size: 12.5px; font-weight: 550; line-height: 1.4; color: var(--cp-muted); }
.cp-para-text { font-size: 14.5px; line-height: 1.62; color: var(--cp-fg); }
/* A perspective's paragraph: its Markdown as typed, its line breaks kept. */
.cp-para-pack { white-space: pre-line; }
.cp-para-heading { font-size: 12.5px; font-weight: 650; color: var(--cp-muted); margin: 0; }
.cp-para-themes { font-size: 12.5px; color: var(--cp-muted); margin: 0; }
.cp-add-perspective { align-self: flex-start; margin: 2px 14px 0; }
.cp-answers {
  padding: 8px 10px; border-radius: 8px; border-left: 3px solid var(--cp-layer, var(--cp-accent));
  background: color-mix(in srgb, var(--cp-layer, var(--cp-accent)) 10%, var(--cp-bg));
  font-size: 13.5px; font-weight: 650; line-height: 1.4; color: var(--cp-fg);
}
.cp-why { padding-top: 8px; border-top: 1px dashed var(--cp-border); font-size: 13px; line-height: 1.5; color: var(--cp-muted); }
.cp-why-label { font-size: 11px; font-weight: 650; letter-spacing: .06em; text-transform: uppercase; }
.cp-actions { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; padding: 8px 10px 8px 16px; border-top: 1px solid var(--cp-border); }
.cp-text-button {
  padding: 6px 11px; border-radius: 7px; font-size: 13px; font-weight: 600;
  color: var(--cp-accent); background: var(--cp-accent-bg);
  transition: filter .12s;
}
.cp-text-button:hover { filter: brightness(.96); }
.cp-theme-dark .cp-text-button:hover { filter: brightness(1.15); }
.cp-pager { display: inline-flex; align-items: center; gap: 2px; }
.cp-pager .cp-icon-button { border: 1px solid var(--cp-border); font-size: 17px; }
.cp-pager-status { min-width: 52px; text-align: center; font-size: 12.5px; font-variant-numeric: tabular-nums; color: var(--cp-muted); }
.cp-checks { margin-top: 18px; padding-top: 14px; border-top: 1px solid var(--cp-border); display: grid; gap: 8px; }
.cp-scroll > .cp-checks:first-child { margin-top: 0; padding-top: 0; border-top: 0; }
.cp-subhead { font-size: 11px; font-weight: 650; letter-spacing: .07em; text-transform: uppercase; color: var(--cp-muted); }
.cp-checks ul { display: grid; gap: 8px; }
.cp-check { display: grid; gap: 5px; padding: 10px 12px; border-radius: 9px; background: var(--cp-surface); }
.cp-check-phrase { font-size: 14px; font-weight: 600; line-height: 1.45; color: var(--cp-fg); }
.cp-check-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; font-size: 12px; }
.cp-check-by { color: var(--cp-muted); }
.cp-verdict { display: inline-flex; align-items: center; gap: 5px; font-weight: 650; }
.cp-verdict-icon {
  display: inline-grid; place-items: center; width: 16px; height: 16px; border-radius: 50%;
  font-size: 10.5px; line-height: 1; color: var(--cp-bg); background: currentColor;
}
.cp-verdict-icon { background: var(--cp-verdict); }
.cp-verdict-found { --cp-verdict: var(--cp-found); }
.cp-verdict-close { --cp-verdict: var(--cp-close); }
.cp-verdict-not-found { --cp-verdict: var(--cp-not-found); }
.cp-verdict { color: var(--cp-verdict); }
.cp-check-note { font-size: 13px; line-height: 1.5; color: var(--cp-fg); opacity: .86; }
.cp-reader-para { font-size: 14.5px; line-height: 1.65; margin: 0 -10px 10px; padding: 6px 10px; border-radius: 6px; }
.cp-reader-para.cp-marked { background: var(--cp-mark); box-shadow: inset 3px 0 0 var(--cp-accent); }
`;
