// The perspectives list of the options page's data section (issue 18), its
// state hook and its section together over a fake background that stores pack
// files: each pack with its buttons, moving, exporting, editing a perspective
// of the reader's own, removing with Undo, and making a new perspective.

import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { LayerRecord } from '../../../src/shared/dataset';
import type { PackSummary } from '../../../src/shared/messages';
import type { PackFileV2 } from '../../../src/shared/pack-file';
import type { DownloadFile, OptionsDeps } from '../../../src/options/app';
import { usePacks } from '../../../src/options/usePacks';
import { DataSection } from '../../../src/ui/options';
import { data, t } from '../ui/overlay/fixtures';
import { readText } from './read-text';

const critique = (data.layers as LayerRecord[]).find((l) => l.id === 'critique')!;
const HASHES = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v';

function packFile(id: string, name: string, paragraphs: number): PackFileV2 {
  return {
    format: 'counterpoint-pack',
    version: 2,
    id,
    name,
    author: 'The Tuesday group',
    description: 'Our reading, week by week.',
    licence: 'CC BY 4.0',
    layers: [
      {
        id: `${id}.layer`,
        kind: 'pack',
        name,
        description: 'A perspective',
        color: critique.color,
        underline: 'dashed',
        icon: 'diamond',
      },
    ],
    passages: Array.from({ length: paragraphs }, (_, i) => ({
      id: `${id}.${i + 1}`,
      chapter: 'ch26',
      label: `Quotation ${i + 1}`,
      words: 12,
      hashes: HASHES,
      tokeniser: 1,
    })),
    paragraphs: Array.from({ length: paragraphs }, (_, i) => ({
      id: `p${i + 1}`,
      text: `Paragraph ${i + 1} of ${name}.`,
      layer: `${id}.layer`,
      stance: 'critique' as const,
      themes: ['july', 'soviets'],
      passages: [`${id}.${i + 1}`],
      chapters: ['ch26'],
    })),
  };
}

/** A background that keeps whole pack files; `imported` marks the version 1 packs. */
function fakeBackground(files: PackFileV2[], imported = new Set<string>()) {
  let stored = structuredClone(files);
  const summary = (f: PackFileV2): PackSummary => ({
    id: f.id,
    name: f.name,
    attribution: imported.has(f.id) ? `From ${f.author}` : `${f.name}, by ${f.author}`,
    author: f.author,
    description: f.description,
    licence: f.licence,
    version: imported.has(f.id) ? 1 : 2,
    layers: f.layers.map((l, i) => ({ ...l, order: 1000 + i, pack: f.id })),
    paragraphs: f.paragraphs.length,
    passages: f.passages.length,
  });
  const handlers: Record<string, (...a: never[]) => unknown> = {
    getLayers: () => [],
    listPacks: () => stored.map(summary),
    exportPack: (id: string) => structuredClone(stored.find((f) => f.id === id) ?? null),
    importPack: (file: PackFileV2) => {
      if (!file.name) throw new Error('refused: the pack is not valid: name: Invalid length');
      const at = stored.findIndex((f) => f.id === file.id);
      if (at >= 0) stored[at] = file;
      else stored.push(file);
      return summary(file);
    },
    removePack: (id: string) => {
      stored = stored.filter((f) => f.id !== id);
    },
    reorderPacks: (ids: string[]) => {
      stored = ids.map((id) => stored.find((f) => f.id === id)!).filter(Boolean);
    },
    createPerspective: (about: { name: string; author: string; licence: string }) => {
      const file = { ...packFile('new-1', about.name, 0), ...about };
      stored.push(file);
      return summary(file);
    },
  };
  const call = jest.fn(async (method: string, ...args: unknown[]) =>
    (handlers[method] as (...a: unknown[]) => unknown)(...args),
  );
  const argsOf = (method: string) =>
    call.mock.calls.filter((c) => c[0] === method).map((c) => c[1]);
  return { call, argsOf, stored: () => stored };
}

function Harness({ deps }: { deps: Parameters<typeof usePacks>[0] }) {
  return <DataSection {...usePacks(deps)} theme="light" t={t} />;
}

const TUESDAY = packFile('tuesday', 'Tuesday notes', 2);
const FRIDAY = packFile('friday', 'Friday notes', 1);
const OLD = packFile('old', 'Old pack', 1);

async function setup(files = [TUESDAY, FRIDAY, OLD], download?: (f: DownloadFile) => void) {
  const bg = fakeBackground(files, new Set(['old']));
  const deps = {
    t,
    call: bg.call as unknown as OptionsDeps['call'],
    readText,
    onDataChanged: () => undefined,
    download,
  };
  render(<Harness deps={deps} />);
  await waitFor(() => expect(document.querySelectorAll('[data-pack]')).toHaveLength(files.length));
  return bg;
}

const item = (id: string) => document.querySelector<HTMLElement>(`[data-pack="${id}"]`)!;
const listed = () =>
  [...document.querySelectorAll<HTMLElement>('[data-pack]')].map((li) => li.dataset.pack);
const button = (name: string) => screen.getByRole('button', { name });
const notice = () => document.getElementById('opt-data-notice')!.textContent;
/** The section's buttons wait while a change is stored (the file input with them). */
const idle = () =>
  waitFor(() => expect(document.getElementById('opt-pack-file')).toHaveProperty('disabled', false));

test('each pack shows its name, attribution, layers, counts and named buttons; Edit only for a perspective of version 2', async () => {
  await setup();
  const tuesday = within(item('tuesday'));
  expect(tuesday.getByText('Tuesday notes, by The Tuesday group')).toBeTruthy();
  expect(tuesday.getByText('Our reading, week by week.')).toBeTruthy();
  expect(tuesday.getByRole('list', { name: t('optionsPackLayers') }).textContent).toContain(
    'Tuesday notes',
  );
  expect(tuesday.getByText('2 paragraphs')).toBeTruthy();
  expect(tuesday.getByText(t('optionsPackPassages', ['2']))).toBeTruthy();
  for (const name of ['Move up', 'Move down', 'Export', 'Edit', 'Remove'])
    expect(
      tuesday.getByRole('button', { name: new RegExp(`^${name}.*Tuesday notes$`) }),
    ).toBeTruthy();
  // The ends cannot move further.
  expect(button('Move up the pack Tuesday notes')).toHaveProperty('disabled', true);
  expect(button('Move down the pack Tuesday notes')).toHaveProperty('disabled', false);
  expect(button('Move down the pack Old pack')).toHaveProperty('disabled', true);
  // A version 1 pack: no Edit, and no count of passages of its own.
  expect(within(item('old')).queryByRole('button', { name: /^Edit/ })).toBeNull();
  expect(within(item('old')).queryByText(/passages of its own/)).toBeNull();
});

test('Move down stores the new order, lists it, says where the pack is, and keeps focus on the button', async () => {
  const bg = await setup();
  fireEvent.click(button('Move down the pack Tuesday notes'));
  await waitFor(() => expect(listed()).toEqual(['friday', 'tuesday', 'old']));
  expect(bg.argsOf('reorderPacks')).toEqual([['friday', 'tuesday', 'old']]);
  expect(notice()).toBe(t('optionsPackMoved', ['Tuesday notes', '2', '3']));
  await idle();
  expect(document.activeElement).toBe(button('Move down the pack Tuesday notes'));
  // At the end, focus goes to the button that can still move it.
  fireEvent.click(button('Move down the pack Tuesday notes'));
  await waitFor(() => expect(listed()).toEqual(['friday', 'old', 'tuesday']));
  await idle();
  expect(document.activeElement).toBe(button('Move up the pack Tuesday notes'));
});

test('Export downloads the exported file as <id>.counterpoint-pack.json', async () => {
  const downloads: DownloadFile[] = [];
  const bg = await setup(undefined, (f) => downloads.push(f));
  fireEvent.click(button('Export the pack Friday notes'));
  await waitFor(() => expect(downloads).toHaveLength(1));
  expect(bg.argsOf('exportPack')).toEqual(['friday']);
  expect(downloads[0].filename).toBe('friday.counterpoint-pack.json');
  expect(downloads[0].mime).toBe('application/json');
  expect(JSON.parse(downloads[0].text)).toEqual(FRIDAY);
  await waitFor(() =>
    expect(notice()).toBe(
      t('optionsPackExported', ['Friday notes', 'friday.counterpoint-pack.json']),
    ),
  );
});

test('Export without a download dep saves through a Blob URL on an <a download>', async () => {
  const createObjectURL = jest.fn((_blob: Blob) => 'blob:pack');
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  const clicked: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this.download);
  });
  try {
    await setup();
    fireEvent.click(button('Export the pack Tuesday notes'));
    await waitFor(() => expect(clicked).toEqual(['tuesday.counterpoint-pack.json']));
    expect(createObjectURL.mock.calls[0][0].type).toBe('application/json');
  } finally {
    click.mockRestore();
  }
});

test('Edit: title, a paragraph changed and another deleted; Save imports the edited file, and never shows a fingerprint', async () => {
  const bg = await setup();
  fireEvent.click(button('Edit the perspective Tuesday notes'));
  const form = await screen.findByRole('form', {
    name: t('optionsPerspectiveEditLabel', ['Tuesday notes']),
  });
  const edit = within(form);
  expect(document.activeElement).toBe(edit.getByLabelText(t('perspectiveTitle')));
  expect(form.textContent).not.toContain(HASHES);
  expect(edit.getByText(t('optionsPerspectiveParagraphOn', ['Quotation 1']))).toBeTruthy();
  fireEvent.input(edit.getByLabelText(t('perspectiveTitle')), {
    target: { value: ' Tuesday, revised ' },
  });
  const first = within(edit.getByRole('group', { name: 'Paragraph 1' }));
  fireEvent.input(first.getByLabelText(t('optionsPerspectiveText')), {
    target: { value: 'Rewritten.' },
  });
  fireEvent.change(first.getByLabelText(t('perspectiveStance')), { target: { value: 'answers' } });
  fireEvent.input(first.getByLabelText(t('perspectiveThemes')), {
    target: { value: 'dual power, , july' },
  });
  fireEvent.click(edit.getByRole('button', { name: 'Delete paragraph 2' }));
  expect(edit.queryByRole('group', { name: 'Paragraph 2' })).toBeNull();
  // Focus stays in the form: on the last Delete button left.
  expect(document.activeElement).toBe(edit.getByRole('button', { name: 'Delete paragraph 1' }));
  expect(bg.argsOf('importPack')).toEqual([]); // nothing stored before Save

  fireEvent.click(edit.getByRole('button', { name: t('optionsPerspectiveSave') }));
  await waitFor(() => expect(bg.argsOf('importPack')).toHaveLength(1));
  const saved = bg.argsOf('importPack')[0] as PackFileV2;
  expect(saved).toEqual({
    ...TUESDAY,
    name: 'Tuesday, revised',
    layers: [{ ...TUESDAY.layers[0], name: 'Tuesday, revised' }],
    // The deleted paragraph's own passage goes with it; the kept one's fingerprint is untouched.
    passages: [TUESDAY.passages[0]],
    paragraphs: [
      {
        ...TUESDAY.paragraphs[0],
        text: 'Rewritten.',
        stance: 'answers',
        themes: ['dual power', 'july'],
      },
    ],
  });
  await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
  expect(notice()).toBe(t('optionsPerspectiveSaved', ['Tuesday, revised']));
  expect(listed()).toEqual(['tuesday', 'friday', 'old']); // in its place
  await idle();
  expect(document.activeElement).toBe(button('Edit the perspective Tuesday, revised'));
});

test('an edit the background refuses stays open and says why; Cancel drops it', async () => {
  const bg = await setup();
  fireEvent.click(button('Edit the perspective Friday notes'));
  const form = await screen.findByRole('form');
  const title = within(form).getByLabelText(t('perspectiveTitle'));
  fireEvent.input(title, { target: { value: '' } });
  fireEvent.submit(form);
  await waitFor(() =>
    expect(notice()).toBe(
      t('optionsPerspectiveNotSaved', [
        'Friday notes',
        'the pack is not valid: name: Invalid length',
      ]),
    ),
  );
  expect(screen.getByRole('form')).toBeTruthy();
  fireEvent.click(within(form).getByRole('button', { name: t('optionsCancel') }));
  expect(screen.queryByRole('form')).toBeNull();
  expect(bg.stored()[1]).toEqual(FRIDAY);
});

test('Remove happens at once; Undo imports the copy exported before it, in its place; the next action ends the Undo', async () => {
  const bg = await setup();
  fireEvent.click(button('Remove the pack Tuesday notes'));
  await waitFor(() => expect(listed()).toEqual(['friday', 'old']));
  expect(bg.argsOf('exportPack')).toEqual(['tuesday']);
  expect(bg.argsOf('removePack')).toEqual(['tuesday']);
  expect(notice()).toBe(t('optionsPackRemoved', ['Tuesday notes']));
  const undo = button('Undo: put back the pack Tuesday notes');
  await waitFor(() => expect(document.activeElement).toBe(undo));

  fireEvent.click(undo);
  await waitFor(() => expect(listed()).toEqual(['tuesday', 'friday', 'old']));
  expect(bg.argsOf('importPack')).toEqual([TUESDAY]);
  expect(bg.argsOf('reorderPacks')).toEqual([['tuesday', 'friday', 'old']]);
  expect(notice()).toBe(t('optionsPackRestored', ['Tuesday notes']));
  expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();

  fireEvent.click(button('Remove the pack Friday notes'));
  await screen.findByRole('button', { name: 'Undo: put back the pack Friday notes' });
  fireEvent.click(button('Export the pack Tuesday notes'));
  await waitFor(() => expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull());
});

test('New perspective: the form (licence CC BY 4.0 by default) makes one, and the notice says how paragraphs are added', async () => {
  const bg = await setup();
  fireEvent.click(button(t('optionsPerspectiveNew')));
  const form = screen.getByRole('form', { name: t('perspectiveNewLegend') });
  const fields = within(form);
  expect(document.activeElement).toBe(fields.getByLabelText(t('perspectiveTitle')));
  expect(fields.getByLabelText(t('perspectiveLicence'))).toHaveProperty('value', 'CC BY 4.0');
  fireEvent.input(fields.getByLabelText(t('perspectiveTitle')), {
    target: { value: 'Wednesday notes ' },
  });
  fireEvent.input(fields.getByLabelText(t('perspectiveAuthor')), { target: { value: 'Ana' } });
  fireEvent.click(fields.getByRole('button', { name: t('optionsPerspectiveCreate') }));
  await waitFor(() => expect(bg.argsOf('createPerspective')).toHaveLength(1));
  // An empty description is left out.
  expect(bg.argsOf('createPerspective')[0]).toEqual({
    name: 'Wednesday notes',
    author: 'Ana',
    licence: 'CC BY 4.0',
  });
  await waitFor(() => expect(listed()).toContain('new-1'));
  expect(notice()).toContain(t('optionsPerspectiveCreated', ['Wednesday notes']));
  expect(notice()).toContain('“Add to a perspective” in the save editor');
  expect(notice()).toContain('“Add your perspective…” on a passage’s card');
  expect(screen.queryByRole('form')).toBeNull();
  await idle();
  expect(document.activeElement).toBe(button(t('optionsPerspectiveNew')));
});

test('New perspective with a description sends it; Escape closes the form', async () => {
  const bg = await setup();
  fireEvent.click(button(t('optionsPerspectiveNew')));
  const fields = within(screen.getByRole('form'));
  fireEvent.input(fields.getByLabelText(t('perspectiveTitle')), { target: { value: 'Notes' } });
  fireEvent.input(fields.getByLabelText(t('perspectiveAuthor')), { target: { value: 'Ana' } });
  fireEvent.input(fields.getByLabelText(t('perspectiveDescription')), {
    target: { value: 'Mine.' },
  });
  fireEvent.input(fields.getByLabelText(t('perspectiveLicence')), { target: { value: 'CC0' } });
  fireEvent.submit(screen.getByRole('form'));
  await waitFor(() =>
    expect(bg.argsOf('createPerspective')).toEqual([
      { name: 'Notes', author: 'Ana', description: 'Mine.', licence: 'CC0' },
    ]),
  );
  await idle();
  fireEvent.click(button(t('optionsPerspectiveNew')));
  fireEvent.keyDown(screen.getByLabelText(t('perspectiveTitle')), { key: 'Escape' });
  expect(screen.queryByRole('form')).toBeNull();
});
