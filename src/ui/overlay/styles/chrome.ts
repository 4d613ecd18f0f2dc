// The page furniture: the chapter banner, the margin markers and the bucket bar.

export const CHROME_CSS = `
.cp-banner {
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px;
  min-height: 40px; max-width: 100%; padding: 4px 6px 4px 12px;
  background: var(--cp-bg); border: 1px solid var(--cp-border); border-radius: 10px;
  box-shadow: var(--cp-shadow); font-size: 13.5px; line-height: 1.35;
}
.cp-banner-head { display: flex; align-items: baseline; gap: 8px; flex: 1 1 320px; min-width: 0; }
.cp-banner-mark { color: var(--cp-accent); flex: none; }
.cp-banner-chapter { flex: 0 1 auto; min-width: 0; }
.cp-banner-chapter strong { font-weight: 650; }
.cp-banner-sections { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; flex: 0 1 auto; }
.cp-banner-lead, .cp-banner-none { color: var(--cp-muted); font-size: 13px; }
.cp-banner-none { flex: 1 1 auto; }
.cp-pill {
  padding: 3px 10px; border-radius: 999px; font-size: 12.5px; font-weight: 550;
  color: var(--cp-accent); background: var(--cp-accent-bg);
  border: 1px solid color-mix(in srgb, var(--cp-accent) 25%, transparent);
}
.cp-pill:hover { border-color: var(--cp-accent); }
.cp-banner-controls { display: inline-flex; gap: 2px; margin-left: auto; }
.cp-markers { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483000; }
.cp-marker {
  position: absolute; display: grid; place-items: center; width: 24px; height: 24px;
  border-radius: 50%; background: var(--cp-bg); color: var(--cp-layer);
  border: 2px solid var(--cp-layer); box-shadow: 0 1px 3px rgba(0, 0, 0, .2);
  font-size: 12px; line-height: 1; transition: transform .12s;
}
.cp-marker:hover { transform: scale(1.1); }
.cp-marker.cp-active { background: var(--cp-layer); color: var(--cp-bg); }
.cp-marker-count {
  position: absolute; top: -7px; right: -9px; min-width: 16px; height: 16px; padding: 0 4px;
  border-radius: 8px; display: grid; place-items: center;
  font-size: 10px; font-weight: 700; color: var(--cp-bg); background: var(--cp-fg);
}
.cp-bucket-bar {
  position: fixed; top: 0; right: 0; bottom: 0; width: 24px; z-index: 2147483000;
  background: color-mix(in srgb, var(--cp-bg) 88%, transparent); border-left: 1px solid var(--cp-border);
}
.cp-bucket-track { position: absolute; top: 40px; bottom: 40px; left: 0; right: 0; }
.cp-bucket-tick { position: absolute; left: 2px; right: 2px; height: 12px; margin-top: -6px; }
.cp-bucket-tick::before {
  content: ''; position: absolute; left: 3px; right: 3px; top: 4px; height: 4px;
  border-radius: 2px; background: var(--cp-layer); transition: left .12s, right .12s, top .12s, height .12s;
}
.cp-bucket-tick:hover::before, .cp-bucket-tick:focus-visible::before { left: 1px; right: 1px; top: 3px; height: 6px; }
.cp-bucket-arrow {
  position: absolute; left: 2px; right: 2px; height: 34px;
  display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 1px;
  border-radius: 5px; font-size: 10px; font-weight: 700; line-height: 1;
  color: var(--cp-fg); background: var(--cp-surface); border: 1px solid var(--cp-border);
}
.cp-bucket-up { top: 3px; }
.cp-bucket-down { bottom: 3px; flex-direction: column-reverse; }
.cp-bucket-arrow:hover { border-color: var(--cp-accent); }
`;
