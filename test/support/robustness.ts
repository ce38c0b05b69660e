/**
 * Adverse conditions for the page robustness tests (test/pages/robustness-*.test.ts): what a phone can do to the
 * app — storage full or holding garbage, no cloud, subscription or privacy consent refused — as data, so each
 * page's test walks the same list. Works on the recording device of test/pages/device.ts.
 */
import type { StorageKey } from '../../miniprogram/services/storage';

/** Every key the app keeps on the phone (services/storage.ts). */
export const STORAGE_KEYS: readonly StorageKey[] = [
  'diagnosis.session',
  'checklist.ticks',
  'settings.largeText',
  'settings.privacyAgreed',
];

/** What a storage entry can hold after an old version, a crash mid-write or a curious person with devtools. */
export const CORRUPT_VALUES: ReadonlyArray<readonly [name: string, value: unknown]> = [
  ['truncated JSON text', '{"v":1,"value":{"symptom":"card-rest'],
  ['a number', 12345],
  ['null', null],
  ['an array', [1, 2, 3]],
  ['an old version', { v: 0, value: { symptom: 'card-restricted' } }],
  ['a future version', { v: 2, value: { anything: true } }],
  ['the right version, wrong shape', { v: 1, value: { symptom: 42, answers: 'yes', ticks: [true] } }],
  ['the right version, wrong types', { v: 1, value: 'true' }],
  [
    'prototype keys',
    JSON.parse('{"v":1,"value":{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}}'),
  ],
  ['deep nesting', { v: 1, value: deep(200) }],
];

function deep(n: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
}

/** Anything the device is told to store, bypassing the app (as a corrupt file would be read back). */
export interface RawStorage {
  readonly storage: Map<string, unknown>;
}

/** Put `value` under every key the app uses. */
export function corruptEverything(device: RawStorage, value: unknown): void {
  for (const key of STORAGE_KEYS) device.storage.set(key, value);
}

/** Object.prototype must come out of a page's life untouched (a corrupt value must not pollute it). */
export function prototypeIsClean(): boolean {
  return !('polluted' in {}) && !('x' in Object.prototype);
}
