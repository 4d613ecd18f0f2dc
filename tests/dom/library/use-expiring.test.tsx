// The undo toast's timer: a value held for a while, a new one restarting the
// wait, `clear` letting go without the expiry's follow-up, and no timer left
// running after the page goes.

import { act, renderHook } from '@testing-library/preact';
import { useExpiring } from '../../../src/library/use-expiring';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function holder(ms = 1000) {
  const onExpire = jest.fn();
  const hook = renderHook(() => useExpiring<string>(ms, onExpire));
  const step = (fn: () => void) => act(fn);
  return { hook, onExpire, step, value: () => hook.result.current.value };
}

test('holds a value for its time, then lets go and calls onExpire once', () => {
  const { hook, onExpire, step, value } = holder();
  expect(value()).toBeNull();
  step(() => hook.result.current.hold('a'));
  expect(value()).toBe('a');
  step(() => {
    jest.advanceTimersByTime(999);
  });
  expect(value()).toBe('a');
  step(() => {
    jest.advanceTimersByTime(1);
  });
  expect(value()).toBeNull();
  expect(onExpire).toHaveBeenCalledTimes(1);
});

test('a new value replaces the old one and restarts the wait', () => {
  const { hook, onExpire, step, value } = holder();
  step(() => hook.result.current.hold('a'));
  step(() => {
    jest.advanceTimersByTime(800);
  });
  step(() => hook.result.current.hold('b'));
  step(() => {
    jest.advanceTimersByTime(800);
  });
  expect(value()).toBe('b');
  expect(onExpire).not.toHaveBeenCalled();
  step(() => {
    jest.advanceTimersByTime(200);
  });
  expect(value()).toBeNull();
  expect(onExpire).toHaveBeenCalledTimes(1);
});

test('clear lets go at once, without onExpire', () => {
  const { hook, onExpire, step, value } = holder();
  step(() => hook.result.current.hold('a'));
  step(() => hook.result.current.clear());
  expect(value()).toBeNull();
  step(() => {
    jest.advanceTimersByTime(5000);
  });
  expect(onExpire).not.toHaveBeenCalled();
});

test('unmounting stops the timer', () => {
  const { hook, onExpire, step } = holder();
  step(() => hook.result.current.hold('a'));
  hook.unmount();
  jest.advanceTimersByTime(5000);
  expect(onExpire).not.toHaveBeenCalled();
});
