// The save button beside a selection and the note editor.

export const EDITOR_CSS = `
.cp-save-slot { position: absolute; z-index: 2147483004; background: none; width: max-content; }
.cp-save-button {
  display: inline-flex; align-items: center; gap: 6px; padding: 5px 11px; border-radius: 999px; white-space: nowrap;
  background: var(--cp-bg); color: var(--cp-fg); border: 1px solid var(--cp-border);
  box-shadow: var(--cp-shadow); font-size: 13px; font-weight: 600;
}
.cp-save-button span { color: #c79a00; }
.cp-save-button:hover { border-color: var(--cp-accent); }
.cp-editor {
  position: absolute; z-index: 2147483005; padding: 12px 14px 14px;
  background: var(--cp-bg); border: 1px solid var(--cp-border); border-radius: 12px; box-shadow: var(--cp-shadow);
}
.cp-editor-framed { position: static; border-radius: 0; border: none; box-shadow: none; }
.cp-editor-slot { position: absolute; z-index: 2147483005; border: 1px solid var(--cp-border); border-radius: 12px; box-shadow: var(--cp-shadow); overflow: hidden; background: var(--cp-bg); }
.cp-editor-slot iframe { display: block; border: 0; width: 100%; height: 100%; color-scheme: normal; }
.cp-editor-form { display: flex; flex-direction: column; gap: 10px; }
.cp-editor-header { display: flex; align-items: center; justify-content: space-between; }
.cp-editor-title { font-size: 14px; font-weight: 650; }
.cp-editor-quote {
  margin: 0; padding: 6px 10px; border-left: 3px solid #c79a00; background: var(--cp-surface);
  color: var(--cp-fg); font-size: 13.5px; font-style: italic; max-height: 7.5em; overflow: auto;
}
.cp-field { display: flex; flex-direction: column; gap: 4px; font-size: 12.5px; color: var(--cp-muted); font-weight: 600; }
.cp-field textarea, .cp-field input {
  font: 14px/1.45 system-ui, sans-serif; color: var(--cp-fg); background: var(--cp-bg);
  border: 1px solid var(--cp-border); border-radius: 8px; padding: 7px 9px; resize: vertical;
}
.cp-field textarea:focus-visible, .cp-field input:focus-visible { outline: 2px solid var(--cp-focus); outline-offset: 0; }
.cp-field select {
  font: 14px/1.45 system-ui, sans-serif; color: var(--cp-fg); background: var(--cp-bg);
  border: 1px solid var(--cp-border); border-radius: 8px; padding: 6px 8px;
}
.cp-field select:focus-visible { outline: 2px solid var(--cp-focus); outline-offset: 0; }
.cp-perspective { display: flex; flex-direction: column; gap: 8px; border-top: 1px solid var(--cp-border); padding-top: 8px; }
.cp-disclosure { align-self: flex-start; font-weight: 650; }
.cp-disclosure::before { content: '▸ '; }
.cp-disclosure[aria-expanded='true']::before { content: '▾ '; }
.cp-perspective-body { display: flex; flex-direction: column; gap: 10px; }
.cp-fieldset { border: 1px solid var(--cp-border); border-radius: 8px; padding: 8px 10px 10px; margin: 0; display: flex; flex-direction: column; gap: 8px; }
.cp-fieldset legend { font-size: 12.5px; font-weight: 650; color: var(--cp-muted); padding: 0 4px; }
.cp-field-row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr); gap: 8px; }
.cp-editor-error { color: var(--cp-not-found); font-size: 13px; font-weight: 600; }
.cp-editor-actions { display: flex; justify-content: flex-end; gap: 8px; }
.cp-primary-button {
  padding: 6px 14px; border-radius: 8px; font-weight: 650; font-size: 13.5px;
  background: var(--cp-accent); color: var(--cp-bg);
}
`;
