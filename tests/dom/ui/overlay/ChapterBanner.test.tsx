// The chapter banner: how numbered chapters and front matter are named, the
// review's sections as buttons, and the empty case.

import { fireEvent, render, screen } from '@testing-library/preact';
import { ChapterBanner, type ChapterBannerProps } from '../../../../src/ui/overlay';
import { byId, data, sectionsOf, t } from './fixtures';

function renderBanner(chapterId: string, overrides: Partial<ChapterBannerProps> = {}) {
  const props: ChapterBannerProps = {
    chapter: byId(data.chapters, chapterId),
    sections: sectionsOf(chapterId),
    theme: 'dark',
    t,
    onDismiss: jest.fn(),
    onOpenSection: jest.fn(),
    ...overrides,
  };
  render(<ChapterBanner {...props} />);
  return props;
}

const region = () => screen.getByRole('region', { name: t('overlayBannerLabel') });

test.each([
  ['ch26', 'Vol. II · Chapter 26 · Could the Bolsheviks Have Seized the Power in July?'],
  ['preface-v1', 'Vol. I · Preface'],
  ['conclusion-v1', 'Vol. I · Conclusion'],
  ['intro-v2-v3', 'Vol. II · Introduction to Volumes Two and Three'],
  ['app1-v3', 'Vol. III · Appendix 1 — Supplementary Essay: Some Legends of the Bureaucracy'],
])('%s is named "%s"', (id, line) => {
  renderBanner(id);
  expect(region().textContent).toContain(`Counterpoint recognised: ${line}`);
});

test('the sections that speak to the chapter are buttons that open them', () => {
  const props = renderBanner('ch26');
  const labels = [
    '§VI — Rearming the Revolution: Lenin Against the Liquidators',
    '§VII — The July Crisis and the Discipline of Revolution',
  ];
  for (const name of labels) expect(screen.getByRole('button', { name })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: labels[1] }));
  expect(props.onOpenSection).toHaveBeenCalledWith('VII');
});

test('front matter sections without numbers show their headings', () => {
  renderBanner('preface-v1');
  expect(
    screen.getByRole('button', { name: 'Why Read Trotsky—And Why Refuse His Shadow' }),
  ).toBeTruthy();
  expect(screen.getByRole('button', { name: '§I — The Historian of the Storm' })).toBeTruthy();
});

test.each(['ch30', 'chron-v1'])('%s: the review does not address it directly', (id) => {
  renderBanner(id);
  expect(screen.getByText(t('overlayBannerNoSections'))).toBeTruthy();
  expect(screen.getAllByRole('button')).toHaveLength(1);
});

test('dismiss has an accessible name and calls back', () => {
  const props = renderBanner('ch26');
  fireEvent.click(screen.getByRole('button', { name: t('overlayDismissBanner') }));
  expect(props.onDismiss).toHaveBeenCalledTimes(1);
});

test.each([
  ['without onMinimise, no minimise button', undefined, 0],
  ['with onMinimise, a minimise button', jest.fn(), 1],
])('%s', (_name, onMinimise, count) => {
  renderBanner('ch26', { onMinimise });
  const buttons = screen.queryAllByRole('button', { name: t('overlayMinimise') });
  expect(buttons).toHaveLength(count);
  buttons.forEach((b) => fireEvent.click(b));
  if (onMinimise) expect(onMinimise).toHaveBeenCalledTimes(1);
});

test('the theme is a class on the root', () => {
  renderBanner('ch26');
  expect(region().classList.contains('cp-theme-dark')).toBe(true);
});
