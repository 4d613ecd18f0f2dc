// Popup entry: the active tab's detections.
import { sendToBackground } from '../platform/messaging';
import { t } from '../platform/i18n';
import { activeTabId } from '../platform/tabs';
import { mountReport } from '../ui/mount-report';

async function load() {
  const tabId = await activeTabId();
  return tabId === null ? null : sendToBackground('getTabReport', tabId);
}

void mountReport(document.getElementById('root')!, { load, t, heading: t('extName') });
