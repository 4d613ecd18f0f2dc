// The options page's presentational sections: labelled controls, callbacks
// with the reader's values, and the live preview's wording.

import { fireEvent, render, screen } from '@testing-library/preact';
import type { LayerRecord } from '../../../src/shared/dataset';
import { DEFAULT_APPEARANCE } from '../../../src/shared/settings';
import {
  AppearanceSection,
  DataSection,
  ShortcutsSection,
  SitesSection,
  ThresholdsSection,
  previewText,
  sampleStyle,
} from '../../../src/ui/options';
import { data, t } from '../ui/overlay/fixtures';

const layers = data.layers as LayerRecord[];
const critique = layers.find((l) => l.id === 'critique')!;

describe('sites', () => {
  const props = () => ({
    builtIn: [
      { host: 'marxists.org', enabled: true },
      { host: 'marxist.com', enabled: false },
    ],
    mine: [
      { host: 'notes.example', permitted: true },
      { host: 'old.example', permitted: false },
    ],
    allSites: false,
    notice: null,
    onToggleBuiltIn: jest.fn(),
    onAddSite: jest.fn(),
    onRemoveSite: jest.fn(),
    onToggleAllSites: jest.fn(),
    t,
  });

  test('built-in sites are switches; switching one off reports the host', () => {
    const p = props();
    render(<SitesSection {...p} />);
    const mia = screen.getByRole('switch', { name: 'marxists.org' });
    expect((mia as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('switch', { name: 'marxist.com' }) as HTMLInputElement).checked).toBe(
      false,
    );
    fireEvent.click(mia);
    expect(p.onToggleBuiltIn).toHaveBeenCalledWith('marxists.org', false);
  });

  test('adding a site submits what the reader typed (Enter or the button) and clears the field', () => {
    const p = props();
    render(<SitesSection {...p} />);
    const field = screen.getByLabelText(t('optionsSitesAddLabel')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'https://blog.example/post' } });
    fireEvent.click(screen.getByRole('button', { name: t('optionsSitesAdd') }));
    expect(p.onAddSite).toHaveBeenCalledWith('https://blog.example/post');
    expect(field.value).toBe('');
  });

  test("the reader's sites each have a named remove button; a site without permission says so", () => {
    const p = props();
    render(<SitesSection {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove notes.example' }));
    expect(p.onRemoveSite).toHaveBeenCalledWith('notes.example');
    expect(screen.getByText(t('optionsSitesNoPermission'))).toBeTruthy();
  });

  test('"all sites" is a switch with its explanation', () => {
    const p = props();
    render(<SitesSection {...p} />);
    const all = screen.getByRole('switch', { name: t('optionsSitesAll') });
    expect(all.getAttribute('aria-describedby')).toBe('opt-all-sites-hint');
    fireEvent.click(all);
    expect(p.onToggleAllSites).toHaveBeenCalledWith(true);
  });
});

describe('detection thresholds', () => {
  const preview = {
    url: 'https://www.marxists.org/ch26.htm',
    title: 'Chapter 26',
    current: ['A', 'B', 'C', 'D'],
    previewed: ['A', 'B', 'C'],
  };

  test('the preview names the page and both counts, or one count when nothing changes', () => {
    expect(previewText({ kind: 'ready', preview }, t)).toBe(
      'On “Chapter 26”: 4 passages now, 3 with these settings.',
    );
    expect(
      previewText({ kind: 'ready', preview: { ...preview, previewed: preview.current } }, t),
    ).toBe('On “Chapter 26”: 4 passages with these settings.');
    expect(previewText({ kind: 'ready', preview: { ...preview, title: ' ' } }, t)).toContain(
      preview.url,
    );
    expect(previewText({ kind: 'none' }, t)).toBe(t('optionsPreviewNone'));
  });

  test('sliders and exact fields report clamped values; identity is shown in percent', () => {
    const onChange = jest.fn();
    render(
      <ThresholdsSection
        values={{ minWords: 12, minIdentity: 0.7 }}
        preview={{ kind: 'ready', preview }}
        onChange={onChange}
        onReset={jest.fn()}
        atDefaults
        t={t}
      />,
    );
    fireEvent.input(screen.getByRole('slider', { name: t('optionsMinWords') }), {
      target: { value: '30' },
    });
    expect(onChange).toHaveBeenLastCalledWith({ minWords: 30 });
    fireEvent.change(screen.getByRole('spinbutton', { name: t('optionsMinWordsExact') }), {
      target: { value: '900' },
    });
    expect(onChange).toHaveBeenLastCalledWith({ minWords: 200 });
    const identity = screen.getByRole('slider', { name: t('optionsMinIdentity') });
    expect((identity as HTMLInputElement).value).toBe('70');
    fireEvent.input(identity, { target: { value: '100' } });
    expect(onChange).toHaveBeenLastCalledWith({ minIdentity: 1 });
    expect(screen.getByRole('status').textContent).toContain(
      '4 passages now, 3 with these settings',
    );
    expect(
      (screen.getByRole('button', { name: t('optionsDetectionReset') }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });
});

describe('appearance', () => {
  test("one row per layer except the reader's own, each with a labelled colour, underline and sample", () => {
    render(
      <AppearanceSection
        appearance={DEFAULT_APPEARANCE}
        layers={layers}
        theme="light"
        onChange={jest.fn()}
        onReset={jest.fn()}
        t={t}
      />,
    );
    const rows = document.querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-layer'))).toEqual(
      layers.filter((l) => l.kind !== 'mine').map((l) => l.id),
    );
    expect((screen.getByLabelText('Colour for Critique') as HTMLInputElement).value).toBe(
      critique.color.light,
    );
    expect((screen.getByLabelText('Underline for Critique') as HTMLSelectElement).value).toBe(
      critique.underline,
    );
    expect(screen.queryByLabelText('Colour for Mine')).toBeNull();
  });

  test("a colour or underline change keeps the reader's other choices", () => {
    const onChange = jest.fn();
    const appearance = {
      ...DEFAULT_APPEARANCE,
      cardSize: 'large' as const,
      layers: { critique: { underline: 'wavy' as const } },
    };
    render(
      <AppearanceSection
        appearance={appearance}
        layers={layers}
        theme="dark"
        onChange={onChange}
        onReset={jest.fn()}
        t={t}
      />,
    );
    fireEvent.input(screen.getByLabelText('Colour for Critique'), { target: { value: '#123456' } });
    expect(onChange).toHaveBeenLastCalledWith({
      ...appearance,
      layers: { critique: { underline: 'wavy', color: '#123456' } },
    });
    fireEvent.change(screen.getByLabelText('Underline for Tribute'), {
      target: { value: 'dotted' },
    });
    expect(onChange).toHaveBeenLastCalledWith({
      ...appearance,
      layers: { ...appearance.layers, tribute: { underline: 'dotted' } },
    });
    const sample = document.querySelector('[data-sample="critique"]') as HTMLElement;
    expect(sample.style.textDecoration).toContain('wavy');
  });

  test('samples draw the layer as the page highlight does', () => {
    expect(sampleStyle('stance', '#b3261e', 'solid', 'light')).toMatchObject({
      backgroundColor: 'rgba(179, 38, 30, 0.14)',
      textDecoration: 'underline solid #b3261e',
    });
    expect(sampleStyle('sources', '#8c5a00', 'wavy', 'light').textDecoration).toBe(
      'overline wavy #8c5a00',
    );
    expect(sampleStyle('theme', '#0b57a4', 'dashed', 'dark')).not.toHaveProperty('backgroundColor');
  });

  test('reset is offered only when something was changed', () => {
    const onReset = jest.fn();
    const { rerender } = render(
      <AppearanceSection
        appearance={DEFAULT_APPEARANCE}
        layers={layers}
        theme="light"
        onChange={jest.fn()}
        onReset={onReset}
        t={t}
      />,
    );
    expect(
      (screen.getByRole('button', { name: t('optionsAppearanceReset') }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    rerender(
      <AppearanceSection
        appearance={{ ...DEFAULT_APPEARANCE, palette: 'dark' }}
        layers={layers}
        theme="light"
        onChange={jest.fn()}
        onReset={onReset}
        t={t}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: t('optionsAppearanceReset') }));
    expect(onReset).toHaveBeenCalled();
  });
});

describe('shortcuts', () => {
  const commands = [
    { name: 'next-passage', description: 'Go to the next passage', shortcut: 'Alt+Shift+J' },
    { name: 'toggle-overlay', description: 'Show or hide', shortcut: '' },
    { name: '_execute_action', description: '', shortcut: 'Alt+Shift+C' },
  ];

  test("Chrome: every command with its keys, and a button to the browser's shortcut page", () => {
    const onOpen = jest.fn();
    render(<ShortcutsSection commands={commands} browser="chrome" onOpenSettings={onOpen} t={t} />);
    expect(screen.getByRole('rowheader', { name: 'Go to the next passage' })).toBeTruthy();
    expect(screen.getByText('Alt+Shift+J').tagName).toBe('KBD');
    expect(screen.getByText(t('optionsShortcutNone'))).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: t('optionsCommandOpenPopup') })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: t('optionsShortcutsChange') }));
    expect(onOpen).toHaveBeenCalled();
  });

  test('Firefox: says where to go instead of a button', () => {
    render(
      <ShortcutsSection commands={commands} browser="firefox" onOpenSettings={jest.fn()} t={t} />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/about:addons/)).toBeTruthy();
  });
});

describe('data', () => {
  const pack = {
    id: 'p',
    name: 'Test notes',
    attribution: 'A fixture.',
    layers: [{ ...critique, id: 'pack:x', kind: 'pack' as const, name: 'Notes' }],
    paragraphs: 2,
    passages: 0,
    version: 1 as const,
  };
  const base = {
    packs: [pack],
    notice: null,
    busy: false,
    theme: 'light' as const,
    onImport: jest.fn(),
    onRemovePack: jest.fn(),
    onReset: jest.fn(),
    removed: null,
    onMovePack: jest.fn(),
    onExportPack: jest.fn(),
    onEditPack: jest.fn(),
    onUndoRemove: jest.fn(),
    editing: { draft: null, onChange: jest.fn(), onSave: jest.fn(), onCancel: jest.fn() },
    creation: {
      draft: null,
      onOpen: jest.fn(),
      onChange: jest.fn(),
      onCreate: jest.fn(),
      onCancel: jest.fn(),
    },
    t,
  };

  test('packs are listed with their layers, paragraph count and a named remove button', () => {
    const onRemovePack = jest.fn();
    render(<DataSection {...base} onRemovePack={onRemovePack} />);
    expect(screen.getByText('2 paragraphs')).toBeTruthy();
    expect(screen.getByRole('list', { name: t('optionsPackLayers') }).textContent).toContain(
      'Notes',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove the pack Test notes' }));
    expect(onRemovePack).toHaveBeenCalledWith('p');
  });

  test('the file input passes the chosen file on', () => {
    const onImport = jest.fn();
    render(<DataSection {...base} onImport={onImport} />);
    const file = new File(['{}'], 'pack.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText(t('optionsImportLabel')), { target: { files: [file] } });
    expect(onImport).toHaveBeenCalledWith(file);
  });

  test('reset asks first: focus goes to the confirmation; Cancel returns to the reset button; confirming resets', () => {
    const onReset = jest.fn();
    render(<DataSection {...base} onReset={onReset} />);
    fireEvent.click(screen.getByRole('button', { name: t('optionsReset') }));
    expect(onReset).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: t('optionsResetConfirm') }),
    );
    fireEvent.click(screen.getByRole('button', { name: t('optionsCancel') }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: t('optionsReset') }));
    fireEvent.click(screen.getByRole('button', { name: t('optionsReset') }));
    fireEvent.click(screen.getByRole('button', { name: t('optionsResetConfirm') }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  test('focus reaches the confirmation in the same render that shows it (never left on the body)', async () => {
    render(<DataSection {...base} />);
    // A bare click, outside act(): only the render itself is flushed, no later effects.
    screen.getByRole('button', { name: t('optionsReset') }).click();
    await Promise.resolve();
    const confirm = screen.getByRole('button', { name: t('optionsResetConfirm') });
    expect(document.activeElement).toBe(confirm);
  });

  test('a notice is announced in a status region', () => {
    render(
      <DataSection {...base} notice={{ kind: 'error', text: 'pack.json was not imported: bad' }} />,
    );
    expect(
      screen
        .getAllByRole('status')
        .some((s) => s.textContent === 'pack.json was not imported: bad'),
    ).toBe(true);
  });
});
