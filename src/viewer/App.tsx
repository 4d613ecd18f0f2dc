// The viewer page: the toolbar and notices (Preact) around the pages, which
// the Viewer lays out itself (plain DOM: a thousand pages are no component tree).

import { useRef, useState } from 'preact/hooks';
import { OutlineList } from '../ui/viewer/OutlineList';
import { ViewerBar } from '../ui/viewer/ViewerBar';
import { ViewerNotice } from '../ui/viewer/ViewerNotice';
import type { ViewerDeps } from './deps';
import type { Viewer } from './viewer';

export function App({ viewer, deps }: { viewer: Viewer; deps: ViewerDeps }) {
  const [, setVersion] = useState(0);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // Set during render, not in an effect: the viewer may change state before the first effect runs.
  viewer.onChange = () => setVersion((n) => n + 1);
  const s = viewer.state;
  const chooseFile = () => fileInput.current?.click();
  const onFile = (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) void viewer.openFile(file);
  };
  const allowHost = (host: string) => {
    void deps.requestHostPermission(host).then((granted) => {
      if (granted && s.url) void viewer.openUrl(s.url);
    });
  };
  const showing = s.phase === 'reading' || s.phase === 'ready';
  return (
    <>
      <input
        ref={fileInput}
        type="file"
        accept="application/pdf,.pdf"
        class="cp-visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={onFile}
      />
      <Bar
        viewer={viewer}
        t={deps.t}
        outline={[outlineOpen, setOutlineOpen]}
        chooseFile={chooseFile}
      />
      {outlineOpen && showing && (
        <OutlineList entries={s.outline} goTo={(p) => viewer.goTo(p)} t={deps.t} />
      )}
      {!showing && (
        <ViewerNotice
          phase={s.phase as 'choose' | 'fetching' | 'opening' | 'failed'}
          problem={s.problem}
          loadedBytes={s.loadedBytes}
          actions={{ chooseFile, allowHost }}
          t={deps.t}
        />
      )}
    </>
  );
}

/** The toolbar over the viewer's state. */
function Bar({
  viewer,
  t,
  outline: [outlineOpen, setOutlineOpen],
  chooseFile,
}: {
  viewer: Viewer;
  t: ViewerDeps['t'];
  outline: [boolean, (open: boolean) => void];
  chooseFile: () => void;
}) {
  const s = viewer.state;
  return (
    <ViewerBar
      t={t}
      state={{
        pages: s.pages,
        page: s.page,
        extracted: s.extracted,
        zoom: s.zoom,
        reading: s.phase === 'reading',
        learned: s.learned,
        outlineOpen,
        hasOutline: s.outline.length > 0,
      }}
      actions={{
        goTo: (p) => viewer.goTo(p),
        zoomStep: (d) => viewer.zoomStep(d),
        fitWidth: () => viewer.fitWidth(),
        toggleOutline: () => setOutlineOpen(!outlineOpen),
        chooseFile,
      }}
    />
  );
}
