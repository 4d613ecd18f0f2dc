// The error boundary every extension page has at its root (mountPage) and
// around the parts that can fail alone: a render error becomes a message in
// words with "Reload", the rest of the page stays, and Reload shows the part
// again once what broke it is gone.

import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, mountPage } from '../../../src/ui/ErrorBoundary';
import { t } from './overlay/fixtures';

let logged: jest.SpyInstance;
beforeEach(() => {
  logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => logged.mockRestore());

let broken = true;
function Fragile({ how = 'render' }: { how?: 'render' | 'effect' | 'string' }) {
  const [, setState] = useState(0);
  useEffect(() => {
    if (how === 'effect' && broken)
      setState(() => {
        throw new RangeError('Invalid time value');
      });
  }, [how]);
  if (broken && how === 'render') throw new RangeError('Invalid time value');
  if (broken && how === 'string') throw 'a string, not an Error';
  return <p>The part is shown.</p>;
}

beforeEach(() => {
  broken = true;
});

test.each([
  ['an error thrown while rendering', 'render', 'What went wrong: Invalid time value'],
  ['something thrown that is not an Error', 'string', 'What went wrong: a string, not an Error'],
] as const)(
  '%s: the message, the error in words and Reload; the rest of the page stays',
  (_what, how, error) => {
    render(
      <main>
        <h1>The page</h1>
        <ErrorBoundary t={t}>
          <Fragile how={how} />
        </ErrorBoundary>
        <button type="button">Still here</button>
      </main>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(t('viewFailed'));
    expect(screen.getByText(error)).toBeTruthy();
    expect(screen.getByRole('button', { name: t('viewFailedReload') })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Still here' })).toBeTruthy();
    expect(logged).toHaveBeenCalled(); // and the error is logged for whoever debugs it
  },
);

test("Reload runs the page's own reload and shows the part again", async () => {
  const onReload = jest.fn(() => {
    broken = false;
  });
  render(
    <ErrorBoundary t={t} onReload={onReload}>
      <Fragile />
    </ErrorBoundary>,
  );
  fireEvent.click(screen.getByRole('button', { name: t('viewFailedReload') }));
  expect(onReload).toHaveBeenCalledTimes(1);
  await waitFor(() => expect(screen.getByText('The part is shown.')).toBeTruthy());
  expect(screen.queryByRole('alert')).toBeNull();
});

test("a title and actions of the page's own (a library card: Delete)", () => {
  const onDelete = jest.fn();
  render(
    <ErrorBoundary
      t={t}
      title={t('libraryCardFailed')}
      class="lib-card"
      actions={
        <button type="button" onClick={onDelete}>
          Delete
        </button>
      }
    >
      <Fragile />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert').className).toBe('cp-failed lib-card');
  expect(screen.getByText(t('libraryCardFailed'))).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  expect(onDelete).toHaveBeenCalled();
});

test('an error in an effect is caught too', async () => {
  render(
    <ErrorBoundary t={t}>
      <Fragile how="effect" />
    </ErrorBoundary>,
  );
  await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
});

test('nothing failed: the children, and nothing else', () => {
  broken = false;
  render(
    <ErrorBoundary t={t}>
      <Fragile />
    </ErrorBoundary>,
  );
  expect(screen.getByText('The part is shown.')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});

test("mountPage puts a page's root inside one: a page that throws is never blank", async () => {
  const root = document.createElement('div');
  document.body.append(root);
  mountPage(root, <Fragile />, t);
  await waitFor(() =>
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(t('viewFailed')),
  );
  root.remove();
});
