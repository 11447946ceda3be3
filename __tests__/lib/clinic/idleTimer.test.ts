import { startIdleTimer } from '@/lib/clinic/idleTimer';
import type { IdlePhase, IdleTimer } from '@/lib/clinic/idleTimer';

const MINUTE = 60_000;
let phases: IdlePhase[];
let timer: IdleTimer;

beforeEach(() => {
  jest.useFakeTimers();
  phases = [];
  timer = startIdleTimer({ idleMs: 3 * MINUTE, warningMs: 30_000, onChange: (phase) => phases.push(phase) });
});
afterEach(() => {
  timer.stop();
  jest.useRealTimers();
});

const last = () => phases.at(-1);

test('watches quietly until 30 s before the end, then warns with the seconds left', () => {
  expect(last()).toEqual({ phase: 'watching' });
  jest.advanceTimersByTime(3 * MINUTE - 30_001);
  expect(last()).toEqual({ phase: 'watching' });
  jest.advanceTimersByTime(1);
  expect(last()).toEqual({ phase: 'warning', secondsLeft: 30 });
});

test('the countdown goes down one second at a time and clears at exactly the idle time', () => {
  jest.advanceTimersByTime(3 * MINUTE - 30_000);
  jest.advanceTimersByTime(1000);
  expect(last()).toEqual({ phase: 'warning', secondsLeft: 29 });
  jest.advanceTimersByTime(28_000);
  expect(last()).toEqual({ phase: 'warning', secondsLeft: 1 });
  jest.advanceTimersByTime(999);
  expect(last()).toEqual({ phase: 'warning', secondsLeft: 1 });
  jest.advanceTimersByTime(1);
  expect(last()).toEqual({ phase: 'expired' });
  const warnings = phases.filter((p) => p.phase === 'warning').map((p) => (p as { secondsLeft: number }).secondsLeft);
  expect(warnings).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i));
});

test('activity before the warning starts the wait again', () => {
  jest.advanceTimersByTime(2 * MINUTE);
  timer.activity();
  jest.advanceTimersByTime(2 * MINUTE);
  expect(last()).toEqual({ phase: 'watching' });
  jest.advanceTimersByTime(MINUTE - 30_000);
  expect(last()).toEqual({ phase: 'warning', secondsLeft: 30 });
});

test('activity during the warning does not close it: only "I\'m still here" does', () => {
  jest.advanceTimersByTime(3 * MINUTE - 10_000);
  timer.activity();
  jest.advanceTimersByTime(10_000);
  expect(last()).toEqual({ phase: 'expired' });
});

test('"I\'m still here" starts the whole wait again, as many times as needed', () => {
  for (let round = 0; round < 12; round++) {
    jest.advanceTimersByTime(3 * MINUTE - 1000);
    expect(last()).toEqual({ phase: 'warning', secondsLeft: 1 });
    timer.stillHere();
    expect(last()).toEqual({ phase: 'watching' });
  }
  jest.advanceTimersByTime(3 * MINUTE);
  expect(last()).toEqual({ phase: 'expired' });
});

test('a tablet that slept past the time clears as soon as it is checked', () => {
  // Timers do not run while the device sleeps; the clock does.
  jest.setSystemTime(Date.now() + 10 * MINUTE);
  timer.check();
  expect(last()).toEqual({ phase: 'expired' });
});

test('expired is final, and a stopped timer reports nothing more', () => {
  jest.advanceTimersByTime(3 * MINUTE);
  timer.stillHere();
  expect(last()).toEqual({ phase: 'expired' });
  const other: IdlePhase[] = [];
  const stopped = startIdleTimer({ idleMs: MINUTE, warningMs: 30_000, onChange: (phase) => other.push(phase) });
  stopped.stop();
  jest.advanceTimersByTime(2 * MINUTE);
  expect(other).toEqual([{ phase: 'watching' }]);
});

test('a warning less than 20 s ahead, or not before the end, is refused', () => {
  expect(() => startIdleTimer({ idleMs: MINUTE, warningMs: 19_999, onChange: () => {} })).toThrow(RangeError);
  expect(() => startIdleTimer({ idleMs: 30_000, warningMs: 30_000, onChange: () => {} })).toThrow(RangeError);
});
