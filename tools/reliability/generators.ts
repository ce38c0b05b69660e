/**
 * Deterministic generators shared by tests and benchmarks: a seeded PRNG and GENERATED personal numbers —
 * Luhn-valid card numbers (16 and 19 digits), 18-digit mainland IDs with a valid ISO 7064 MOD 11-2 check digit,
 * and mainland mobile numbers. The check digits are computed here, independently of the code under test
 * (miniprogram/domain/privacy/mask.ts).
 */

/** Small deterministic PRNG (mulberry32) so failures can be replayed from their seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Luhn check digit of `body` (the digit that makes body + digit pass the Luhn test). */
export function luhnCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** ISO 7064 MOD 11-2 check character of the first 17 digits of a mainland ID number. */
export function mod112(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (Math.pow(2, 17 - i) % 11);
  return '10X98765432'[sum % 11];
}

/** `6222021234567890` → `6222 0212 3456 7890` (or with `-`). */
export const spaced = (n: string, sep: string): string => n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);

export interface Generators {
  readonly rand: () => number;
  /** 0 ≤ int(n) < n */
  int(n: number): number;
  /** `n` random decimal digits. */
  digits(n: number): string;
  pick<T>(items: readonly T[]): T;
  /** A Luhn-valid card number of 16 or 19 digits (UnionPay, Visa, Mastercard, JCB, Discover prefixes). */
  card(length: 16 | 19): string;
  /** An 18-digit mainland ID: region, birth date 1930–2009, sequence, MOD 11-2 check character (maybe X). */
  idNumber(): string;
  /** A mainland mobile number: 1[3-9] + 9 digits. */
  mobile(): string;
}

/** Generators drawing from one seeded stream (same seed, same numbers, in the same order). */
export function makeGenerators(seed: number): Generators {
  const rand = rng(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  const digits = (n: number): string => Array.from({ length: n }, () => String(int(10))).join('');
  return {
    rand,
    int,
    digits,
    pick: <T>(items: readonly T[]): T => items[int(items.length)],
    card(length) {
      const prefix = ['62', '4', '5', '35', '60'][int(5)];
      const body = prefix + digits(length - 1 - prefix.length);
      return body + luhnCheck(body);
    },
    idNumber() {
      const region = String(110000 + int(540000));
      const d = new Date(Date.UTC(1930 + int(80), 0, 1) + int(365 * 24) * 3600 * 1000);
      const birth = d.toISOString().slice(0, 10).replace(/-/g, '');
      const first17 = region + birth + digits(3);
      return first17 + mod112(first17);
    },
    mobile() {
      return `1${3 + int(7)}${digits(9)}`;
    },
  };
}
