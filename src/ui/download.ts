// Saving a file from an extension page: a Blob URL on an <a download>,
// clicked, and revoked once the browser had time to start the download.

import type { ExportFile } from '../shared/highlights';

export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
