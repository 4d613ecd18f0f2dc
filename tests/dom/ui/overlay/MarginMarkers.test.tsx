// Margin markers: real buttons, labelled, placed where the caller says, in the
// caller's order, firing focus, blur and activation.

import { fireEvent, render, screen } from '@testing-library/preact';
import { MarginMarkers, type Marker } from '../../../../src/ui/overlay';
import { byId, data, t } from './fixtures';

const critique = byId(data.layers, 'critique');
const MARKERS: Marker[] = [
  {
    key: 'IV-04',
    top: 120,
    left: 8,
    color: critique.color.light,
    icon: critique.icon,
    label: t('overlayMarkerLabel', [byId(data.passages, 'IV-04').label, '2']),
    active: false,
    count: 2,
  },
  {
    key: 'VI-04',
    top: 480,
    left: 8,
    color: critique.color.light,
    icon: critique.icon,
    label: t('overlayMarkerLabelOne', [byId(data.passages, 'VI-04').label]),
    active: true,
    count: 1,
  },
];

function renderMarkers() {
  const props = {
    markers: MARKERS,
    onActivate: jest.fn(),
    onFocusMarker: jest.fn(),
    onBlurMarker: jest.fn(),
    t,
  };
  render(<MarginMarkers {...props} />);
  return props;
}

test('one button per marker, in the given order, named by its label', () => {
  renderMarkers();
  const buttons = screen.getAllByRole('button');
  expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(MARKERS.map((m) => m.label));
  expect(buttons[0].getAttribute('aria-label')).toBe(
    'Review on: The Executive Committee: the 1905 Soviet as an organ of the masses in struggle, 2 paragraphs',
  );
});

test.each(MARKERS.map((m, i) => [m.key, i, m] as const))(
  '%s: position, colour, expanded state and count',
  (_key, i, marker) => {
    renderMarkers();
    const button = screen.getAllByRole('button')[i];
    expect([button.style.top, button.style.left]).toEqual([`${marker.top}px`, `${marker.left}px`]);
    expect(button.style.getPropertyValue('--cp-layer')).toBe(marker.color);
    expect(button.getAttribute('aria-expanded')).toBe(String(marker.active));
    expect(button.querySelector('svg')?.getAttribute('data-icon')).toBe(marker.icon);
    expect(button.textContent).toBe(marker.count > 1 ? String(marker.count) : '');
  },
);

test.each([
  ['focus', 'onFocusMarker', (b: HTMLElement) => fireEvent.focus(b)],
  ['blur', 'onBlurMarker', (b: HTMLElement) => fireEvent.blur(b)],
  [
    'click (and Enter/Space, which a button turns into click)',
    'onActivate',
    (b: HTMLElement) => fireEvent.click(b),
  ],
] as const)('%s calls %s with the key', (_name, callback, act) => {
  const props = renderMarkers();
  act(screen.getByRole('button', { name: MARKERS[1].label }));
  expect(props[callback]).toHaveBeenCalledWith('VI-04');
  const others = (['onFocusMarker', 'onBlurMarker', 'onActivate'] as const).filter(
    (c) => c !== callback,
  );
  for (const other of others) expect(props[other]).not.toHaveBeenCalled();
});
