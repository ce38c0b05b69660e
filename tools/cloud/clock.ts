/**
 * The platform's clock as a function sees it. A timer call made "at" another instant (a test's simulated hour)
 * runs with `Date` shifted by that much for its own async context only: `new Date()` and `Date.now()` inside the
 * function read the simulated server time, every other call and the test itself keep the real clock.
 * Installed once by replacing the global `Date` constructor; the dates it makes are ordinary dates.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const offsets = new AsyncLocalStorage<number>();
const RealDate: DateConstructor = Date;
let installed: DateConstructor | null = null;

function shiftedNow(): number {
  return RealDate.now() + (offsets.getStore() ?? 0);
}

export function installClock(): void {
  if (installed && globalThis.Date === installed) return;
  // A plain function, not a class: `Date()` called without `new` (a string of the time) must keep working.
  // Instances are plain Dates (same prototype and constructor), so engines comparing constructors see no change.
  function PlatformDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(shiftedNow()).toString();
    const target = new.target === PlatformDate ? RealDate : new.target;
    return Reflect.construct(RealDate, args.length === 0 ? [shiftedNow()] : args, target);
  }
  Object.setPrototypeOf(PlatformDate, RealDate);
  PlatformDate.prototype = RealDate.prototype;
  Object.defineProperty(PlatformDate, 'now', { value: shiftedNow, writable: true, configurable: true });
  Object.defineProperty(PlatformDate, 'name', { value: 'Date' });
  installed = PlatformDate as unknown as DateConstructor;
  globalThis.Date = installed;
}

/** Run `fn` with the clock reading `at` now (and running on from there). */
export function atInstant<T>(at: Date, fn: () => T): T {
  installClock();
  return offsets.run(at.getTime() - RealDate.now(), fn);
}
