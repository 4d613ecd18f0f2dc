// The popup's view over the real layers: one labelled switch and one solo
// button per layer, "All", per-layer counts, the page's state with the site
// switch and "Scan this page", and the side panel and library buttons.

import { fireEvent, render, screen, within } from '@testing-library/preact';
import { PopupView, type PageState, type PopupViewProps } from '../../../src/ui/popup';
import { chapterLine } from '../../../src/ui/overlay';
import { soloLayers } from '../../../src/shared/settings';
import { byId, data, t } from '../ui/overlay/fixtures';

const HOST = 'www.marxists.org';
const ids = data.layers.map((l) => l.id);
const READ: PageState = {
  kind: 'read',
  host: HOST,
  chapter: byId(data.chapters, 'ch26'),
  passages: 4,
};

function renderPopup(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    t,
    page: READ,
    siteEnabled: true,
    overlay: true,
    layers: data.layers,
    shown: {},
    counts: { critique: 4, tribute: 1, sources: 2 },
    solo: null,
    allShown: true,
    themesOnPage: false,
    onThemesOnPage: jest.fn(),
    onToggleLayer: jest.fn(),
    onSolo: jest.fn(),
    onSite: jest.fn(),
    onScan: jest.fn(),
    pdf: false,
    onOpenPdf: jest.fn(),
    onShowOverlay: jest.fn(),
    onOpenPanel: jest.fn(),
    onOpenLibrary: jest.fn(),
    ...overrides,
  };
  const view = render(<PopupView {...props} />);
  return { props, ...view };
}

const layerCases = data.layers.map((l) => [l.name, l.id] as const);

describe('layers', () => {
  test.each(layerCases)(
    '“%s” has a switch named by the layer, on by default; clicking it hides the layer',
    (name, id) => {
      const { props } = renderPopup();
      const sw = screen.getByRole('switch', { name });
      expect(sw.getAttribute('aria-checked')).toBe('true');
      fireEvent.click(sw);
      expect(props.onToggleLayer).toHaveBeenCalledWith(id, false);
    },
  );

  test.each(layerCases)(
    '“%s” hidden: its switch is off and clicking shows it again',
    (name, id) => {
      const { props } = renderPopup({ shown: { [id]: false }, allShown: false });
      const sw = screen.getByRole('switch', { name });
      expect(sw.getAttribute('aria-checked')).toBe('false');
      fireEvent.click(sw);
      expect(props.onToggleLayer).toHaveBeenCalledWith(id, true);
    },
  );

  test.each(layerCases)(
    '“%s” can be shown alone; pressed again, every layer returns',
    (name, id) => {
      const { props, rerender } = renderPopup();
      const solo = () => screen.getByRole('button', { name: t('popupSolo', [name]) });
      expect(solo().getAttribute('aria-pressed')).toBe('false');
      fireEvent.click(solo());
      expect(props.onSolo).toHaveBeenLastCalledWith(id);
      rerender(<PopupView {...props} shown={soloLayers(ids, id)} solo={id} allShown={false} />);
      expect(solo().getAttribute('aria-pressed')).toBe('true');
      expect(screen.getByText(t('popupSoloNote'))).toBeTruthy();
      fireEvent.click(solo());
      expect(props.onSolo).toHaveBeenLastCalledWith(null);
    },
  );

  test('the label clicks the switch too (a larger target)', () => {
    const { props } = renderPopup();
    fireEvent.click(screen.getByText(byId(data.layers, 'tribute').name));
    expect(props.onToggleLayer).toHaveBeenCalledWith('tribute', false);
  });

  test.each([
    ['every layer shown', true, true],
    ['a layer hidden', false, false],
  ])('“All” with %s: disabled %p', (_name, allShown, disabled) => {
    const { props } = renderPopup({ allShown, shown: allShown ? {} : { critique: false } });
    const all = screen.getByRole('button', { name: t('popupShowAllLabel') });
    expect((all as HTMLButtonElement).disabled).toBe(disabled);
    // A disabled button takes no click in a browser (jsdom would still dispatch one).
    if (disabled) return;
    fireEvent.click(all);
    expect(props.onSolo).toHaveBeenCalledWith(null);
  });

  test.each([
    ['critique', 4],
    ['tribute', 1],
    ['sources', 2],
    ['theme:uneven-development', 0],
    ['mine', 0],
  ])('the %s switch is described by its passages on this page (%i)', (id, count) => {
    renderPopup();
    const sw = screen.getByRole('switch', { name: byId(data.layers, id).name });
    const description = document.getElementById(sw.getAttribute('aria-describedby')!)!;
    expect(description.textContent).toContain(t('popupLayerCount', [String(count)]));
  });

  test('no counts on a page that was not read', () => {
    renderPopup({
      counts: null,
      page: { kind: 'off', host: 'quotes.example', builtIn: false, scan: 'idle' },
      siteEnabled: false,
    });
    expect(screen.queryByText(t('popupLayerCount', ['0']))).toBeNull();
    expect(screen.getByRole('switch', { name: 'Critique' }).hasAttribute('aria-describedby')).toBe(
      false,
    );
  });

  test.each([
    ['Stance', 'popupGroupStance', ['critique', 'tribute', 'answers']],
    ['Themes', 'popupGroupThemes', data.layers.filter((l) => l.kind === 'theme').map((l) => l.id)],
    ['Sources and notes', 'popupGroupOther', ['sources', 'mine']],
  ])('group “%s” holds its layers', (_name, key, members) => {
    renderPopup();
    const group = screen.getByRole('group', { name: t(key) });
    const layerSwitches = within(group)
      .getAllByRole('switch')
      .filter((s) => s.closest('[data-layer]'));
    expect(layerSwitches.map((s) => s.closest('[data-layer]')!.getAttribute('data-layer'))).toEqual(
      members,
    );
  });

  test('an imported pack gets its own group', () => {
    const pack = {
      ...data.layers[0],
      id: 'pack:notes:main',
      kind: 'pack' as const,
      name: 'Reading-group notes',
      order: 50,
      pack: 'notes',
    };
    renderPopup({ layers: [...data.layers, pack] });
    const group = screen.getByRole('group', { name: t('popupGroupPacks') });
    expect(within(group).getByRole('switch', { name: 'Reading-group notes' })).toBeTruthy();
  });

  test('two perspectives: one shown alone hides the other and the review; “All” brings both back', () => {
    const perspective = (id: string, name: string, order: number) => ({
      ...data.layers[0],
      id: `${id}.layer`,
      kind: 'pack' as const,
      name,
      order,
      pack: id,
    });
    const layers = [
      ...data.layers,
      perspective('tuesday', 'Tuesday notes', 1000),
      perspective('thursday', 'Thursday notes', 1020),
    ];
    const { props, rerender } = renderPopup({ layers });
    fireEvent.click(screen.getByRole('button', { name: t('popupSolo', ['Tuesday notes']) }));
    expect(props.onSolo).toHaveBeenLastCalledWith('tuesday.layer');
    const shown = soloLayers(
      layers.map((l) => l.id),
      'tuesday.layer',
    );
    expect(shown).toMatchObject({
      'tuesday.layer': true,
      'thursday.layer': false,
      critique: false,
    });
    rerender(<PopupView {...props} shown={shown} solo="tuesday.layer" allShown={false} />);
    expect(
      screen.getByRole('switch', { name: 'Thursday notes' }).getAttribute('aria-checked'),
    ).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: t('popupShowAllLabel') }));
    expect(props.onSolo).toHaveBeenLastCalledWith(null);
  });

  test('each layer has a swatch in its light and dark colours and its underline', () => {
    renderPopup();
    for (const layer of data.layers) {
      const swatch = document.querySelector(`[data-layer="${layer.id}"] .pp-swatch`) as HTMLElement;
      expect([
        swatch.style.getPropertyValue('--pp-l'),
        swatch.style.getPropertyValue('--pp-ld'),
        swatch.style.getPropertyValue('--pp-u'),
      ]).toEqual([layer.color.light, layer.color.dark, layer.underline]);
      expect(swatch.getAttribute('aria-hidden')).toBe('true');
    }
  });
});

describe('the page', () => {
  const chapter = byId(data.chapters, 'ch26');
  test.each<[string, PageState, string[], string[]]>([
    ['loading', { kind: 'loading' }, [t('popupLoading')], []],
    ['a page we cannot read', { kind: 'unreadable' }, [t('popupUnreadable')], []],
    [
      'being read',
      { kind: 'reading', host: HOST },
      [t('popupReading'), t('popupSiteSwitch', [HOST])],
      [],
    ],
    [
      'a chapter with passages',
      READ,
      [t('popupChapterRecognised'), chapterLine(chapter, t), '4', t('popupPassagesUnit')],
      [t('popupNoPassages')],
    ],
    [
      'one passage, no chapter',
      { kind: 'read', host: HOST, chapter: null, passages: 1 },
      [t('popupPassageUnit')],
      [t('popupChapterRecognised')],
    ],
    [
      'no passages',
      { kind: 'read', host: HOST, chapter: null, passages: 0 },
      [t('popupNoPassages')],
      [t('popupChapterRecognised')],
    ],
    [
      'a site not enabled',
      { kind: 'off', host: 'quotes.example', builtIn: false, scan: 'idle' },
      [t('popupSiteOff', ['quotes.example']), t('popupScan'), t('popupScanHint')],
      [],
    ],
    [
      'scanning',
      { kind: 'off', host: 'quotes.example', builtIn: false, scan: 'scanning' },
      [t('popupScanning')],
      [t('popupScan')],
    ],
    [
      'a failed scan',
      { kind: 'off', host: 'quotes.example', builtIn: false, scan: 'failed' },
      [t('popupScanFailed')],
      [],
    ],
    [
      'marxists.org turned off',
      { kind: 'off', host: HOST, builtIn: true, scan: 'idle' },
      [t('popupSiteOffBuiltIn', [HOST])],
      [t('popupScan')],
    ],
  ])('%s', (_name, page, shown, absent) => {
    renderPopup({ page, siteEnabled: page.kind === 'off' ? false : true });
    const text = document.body.textContent!;
    for (const s of shown) expect(text).toContain(s);
    for (const s of absent) expect(text).not.toContain(s);
  });

  test('"Scan this page" calls onScan and is disabled while scanning', () => {
    const { props, rerender } = renderPopup({
      page: { kind: 'off', host: 'quotes.example', builtIn: false, scan: 'idle' },
      siteEnabled: false,
    });
    fireEvent.click(screen.getByRole('button', { name: t('popupScan') }));
    expect(props.onScan).toHaveBeenCalledTimes(1);
    rerender(
      <PopupView
        {...props}
        page={{ kind: 'off', host: 'quotes.example', builtIn: false, scan: 'scanning' }}
      />,
    );
    expect(
      (screen.getByRole('button', { name: t('popupScanning') }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  test.each([
    [true, false],
    [false, true],
  ])('the site switch (on: %p) asks for %p', (on, next) => {
    const host = 'quotes.example';
    const { props } = renderPopup({
      siteEnabled: on,
      page: on ? { ...READ, host } : { kind: 'off', host, builtIn: false, scan: 'idle' },
    });
    const sw = screen.getByRole('switch', { name: t('popupSiteSwitch', [host]) });
    expect(sw.getAttribute('aria-checked')).toBe(String(on));
    fireEvent.click(sw);
    expect(props.onSite).toHaveBeenCalledWith(next);
  });

  test('no site switch on a page we cannot read', () => {
    renderPopup({ page: { kind: 'unreadable' }, siteEnabled: null });
    // One per layer and "themes on the page".
    expect(screen.getAllByRole('switch')).toHaveLength(data.layers.length + 1);
  });
});

describe('the rest', () => {
  test.each([
    ['popupOpenPanel', 'onOpenPanel'],
    ['popupOpenLibrary', 'onOpenLibrary'],
  ] as const)('the %s button calls %s', (key, callback) => {
    const { props } = renderPopup();
    fireEvent.click(screen.getByRole('button', { name: t(key) }));
    expect(props[callback]).toHaveBeenCalledTimes(1);
  });

  test('a hidden overlay says so and offers to show it', () => {
    const { props } = renderPopup({ overlay: false });
    expect(screen.getByRole('status').textContent).toContain(t('popupOverlayHidden'));
    fireEvent.click(screen.getByRole('button', { name: t('popupOverlayShow') }));
    expect(props.onShowOverlay).toHaveBeenCalledTimes(1);
  });

  test('every control is a native button (keyboard operable) with an accessible name', () => {
    renderPopup({ allShown: false });
    for (const el of [...screen.getAllByRole('button'), ...screen.getAllByRole('switch')]) {
      expect(el.tagName).toBe('BUTTON');
      const named =
        el.getAttribute('aria-label') ||
        el.getAttribute('aria-labelledby') ||
        el.textContent?.trim();
      expect(named).toBeTruthy();
    }
  });
});

describe('themes on the page', () => {
  test.each([
    [false, true],
    [true, false],
  ])("the Themes group's switch shows %p and asks for %p when pressed", (on, next) => {
    const { props } = renderPopup({ themesOnPage: on });
    const themes = screen.getByRole('group', { name: 'Themes' });
    const toggle = within(themes).getByRole('switch', { name: 'Themes on the page' });
    expect(toggle.getAttribute('aria-checked')).toBe(String(on));
    expect(toggle.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /point at it or focus it/,
    );
    fireEvent.click(toggle);
    expect(props.onThemesOnPage).toHaveBeenCalledWith(next);
  });
});
