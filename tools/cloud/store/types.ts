/**
 * The local document database's public types and errors. Error codes are the CloudBase string codes the SDK maps
 * to numbers (DATABASE_COLLECTION_NOT_EXIST → -502005).
 */
import { randomBytes } from 'node:crypto';
import type { Doc } from '../ejson';

export type { Doc } from '../ejson';
export type DocId = string | number;
export type SortSpec = Record<string, 1 | -1>;

export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

export const DB_ERRORS = {
  notExist: (c: string) =>
    new DbError(
      'DATABASE_COLLECTION_NOT_EXIST',
      `[ResourceNotFound] Db or Table not exist: ${c}. (local cloud)`,
    ),
  exists: (c: string) =>
    new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] Table exist: ${c}`),
  conflict: (why: string) =>
    new DbError('DATABASE_TRANSACTION_CONFLICT', `[ResourceUnavailable.TransactionConflict] ${why}`),
  failed: (why: string) => new DbError('DATABASE_REQUEST_FAILED', why),
  invalid: (why: string) => new DbError('INVALID_PARAM', why),
} as const;

export interface IndexSpec {
  /** Field paths (dot paths allowed). */
  readonly fields: readonly string[];
  readonly unique?: boolean;
  readonly name?: string;
}

export interface FindOptions {
  readonly sort?: SortSpec | null;
  readonly skip?: number;
  readonly limit?: number;
  readonly projection?: Record<string, unknown> | null;
}

export interface UpdateOptions {
  readonly multi: boolean;
  /** true: `data` is an update document ($set/$inc/…); false: a replacement (doc().set). */
  readonly merge: boolean;
  readonly upsert: boolean;
}

export interface UpdateResult {
  readonly matched: number;
  readonly updated: number;
  readonly upsertedId: DocId | null;
}

export interface StoreOptions {
  /** JSON file to load from and persist to; null or undefined keeps everything in memory. */
  readonly file?: string | null;
  /** Debounce of persistence writes (ms), default 200. */
  readonly debounceMs?: number;
  /** Server clock (for serverDate); default Date.now. */
  readonly now?: () => number;
  /** Transaction lifetime (ms) after which an open transaction is aborted; default 60 000 like MongoDB. */
  readonly transactionLifetimeMs?: number;
}

export interface StoreSnapshot {
  readonly [collection: string]: Doc[];
}

/** Whether an object is an operator document (`{ $set: … }`, `{ $in: … }`). */
export function hasOperatorKey(v: object): boolean {
  return Object.keys(v).some((k) => k.startsWith('$'));
}

export function newId(): string {
  return randomBytes(16).toString('hex');
}

export function singleId(query: Doc): DocId {
  const id = query._id;
  if ((typeof id === 'string' || typeof id === 'number') && Object.keys(query).length === 1) return id;
  throw DB_ERRORS.invalid('transactions support single-document operations by _id only');
}
