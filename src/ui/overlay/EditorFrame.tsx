// The note editor's place in the overlay: an extension frame (editor.html)
// whose document the page cannot read, so the page sees no keystroke and no
// text of a note. The frame is focused once it loads.

import type { Theme } from './types';

export interface EditorFrameProps {
  top: number;
  left: number;
  width: number;
  height: number;
  src: string;
  title: string;
  theme: Theme;
  /** The frame element as it mounts (null as it goes): the content script believes messages from its window only. */
  onFrame(frame: HTMLIFrameElement | null): void;
}

export function EditorFrame({
  top,
  left,
  width,
  height,
  src,
  title,
  theme,
  onFrame,
}: EditorFrameProps) {
  return (
    <div
      class={`cp-root cp-editor-slot cp-theme-${theme}`}
      style={{ top: `${top}px`, left: `${left}px`, width: `${width}px`, height: `${height}px` }}
    >
      <iframe ref={onFrame} src={src} title={title} onLoad={(e) => e.currentTarget.focus()} />
    </div>
  );
}
