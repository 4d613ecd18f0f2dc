// Side panel entry (Chrome side_panel, Firefox sidebar_action; also opened as
// sidepanel.html?tab=<id> for one tab): the overlay's stylesheet for the
// shared pieces (chips, attribution), then the app.

import { render } from 'preact';
import { OVERLAY_CSS } from '../ui/overlay';
import { App } from './App';
import { pinnedTab } from './target';

const style = document.createElement('style');
style.textContent = OVERLAY_CSS;
document.head.append(style);

render(<App pinned={pinnedTab(location.search)} />, document.getElementById('root')!);
