// Export and import as the page runs them: the import's format (chosen, or
// detected from the file), a file refused on its size before it is read, the
// busy state, a refusal's reason, and an export that fails.

import { act, renderHook, waitFor } from '@testing-library/preact';
import type { LibraryDeps } from '../../../src/library/app';
import { importReport, useExchange } from '../../../src/library/use-exchange';
import type { ImportFormat, ImportReport } from '../../../src/shared/highlights';
import { MAX_HIGHLIGHTS_FILE_BYTES } from '../../../src/shared/limits';
import type { ImportChoice } from '../../../src/ui/library';
import { t } from '../ui/overlay/fixtures';

const REPORT: ImportReport = { added: 2, merged: 0, skipped: [] };
const file = (name: string, content: string, size?: number) => {
  const f = Object.assign(new File([content], name), { content });
  if (size !== undefined) Object.defineProperty(f, 'size', { value: size });
  return f;
};

function fakes(answer: (method: string) => unknown = () => REPORT) {
  const sent: { method: string; args: unknown[] }[] = [];
  const deps = {
    t,
    call: (async (method: string, ...args: unknown[]) => {
      sent.push({ method, args });
      return answer(method);
    }) as LibraryDeps['call'],
    download: jest.fn(),
    readText: jest.fn(async (f: File) => (f as File & { content: string }).content),
  };
  return { deps, sent };
}

test.each<[string, ImportChoice, string, string, ImportFormat]>([
  ['auto: a .csv name', 'auto', 'mine.csv', '[]', 'csv'],
  ['auto: Hypothesis by its shape', 'auto', 'h.json', '{"annotations":[]}', 'hypothesis'],
  ['auto: JSON-LD otherwise', 'auto', 'a.jsonld', '[{"type":"Annotation"}]', 'jsonld'],
  ['chosen: the choice wins over the name', 'jsonld', 'mine.csv', 'url,quote', 'jsonld'],
])('importReport, %s', async (_what, choice, name, content, format) => {
  const { deps, sent } = fakes();
  expect(await importReport(deps, file(name, content), choice)).toEqual({
    kind: 'done',
    file: name,
    format,
    report: REPORT,
  });
  expect(sent).toEqual([{ method: 'importHighlights', args: [format, content] }]);
});

test('an import: busy, then the report, then the list reloaded', async () => {
  const { deps } = fakes();
  const reload = jest.fn(async () => undefined);
  const { result } = renderHook(() => useExchange(deps, reload));
  act(() => result.current.importFile(file('a.csv', 'url,quote'), 'auto'));
  expect(result.current.importState).toEqual({ kind: 'busy' });
  await waitFor(() => expect(result.current.importState.kind).toBe('done'));
  expect(reload).toHaveBeenCalledTimes(1);
});

test('a file over the limit is refused on its size: never read, never sent', () => {
  const { deps, sent } = fakes();
  const { result } = renderHook(() => useExchange(deps, async () => undefined));
  act(() => result.current.importFile(file('big.csv', '', MAX_HIGHLIGHTS_FILE_BYTES + 1), 'auto'));
  expect(result.current.importState).toMatchObject({
    kind: 'error',
    file: 'big.csv',
    message: expect.stringMatching(/up to 20 MB/),
  });
  expect(deps.readText).not.toHaveBeenCalled();
  expect(sent).toEqual([]);
});

test('a refused import says why, and the list is not reloaded', async () => {
  const { deps } = fakes(() => {
    throw new Error('refused: line 2: a quoted field is never closed');
  });
  const reload = jest.fn(async () => undefined);
  const { result } = renderHook(() => useExchange(deps, reload));
  act(() => result.current.importFile(file('a.csv', 'x'), 'csv'));
  await waitFor(() =>
    expect(result.current.importState).toEqual({
      kind: 'error',
      file: 'a.csv',
      message: 'refused: line 2: a quoted field is never closed',
    }),
  );
  expect(reload).not.toHaveBeenCalled();
});

test('an export hands the file to the download; a failed one says so', async () => {
  const exported = { filename: 'x.md', mime: 'text/markdown', text: '#' };
  let fail = false;
  const { deps } = fakes(() => {
    if (fail) throw new Error('disk on fire');
    return exported;
  });
  const { result } = renderHook(() => useExchange(deps, async () => undefined));
  act(() => result.current.exportAs('markdown'));
  await waitFor(() => expect(deps.download).toHaveBeenCalledWith(exported));
  fail = true;
  act(() => result.current.exportAs('csv'));
  await waitFor(() =>
    expect(result.current.exportError).toBe(t('libraryExportFailed', ['disk on fire'])),
  );
});
