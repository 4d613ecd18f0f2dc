// Side panel entry: the active tab's detections, following tab switches.
import { sendToBackground } from '../platform/messaging';
import { t } from '../platform/i18n';
import { activeTabId, onActiveTabChanged } from '../platform/tabs';
import { mountReport } from '../ui/mount-report';

async function load() {
  const tabId = await activeTabId();
  return tabId === null ? null : sendToBackground('getTabReport', tabId);
}

const root = document.getElementById('root')!;
const refresh = () => void mountReport(root, { load, t, heading: t('panelTitle') });
refresh();
onActiveTabChanged(refresh);
