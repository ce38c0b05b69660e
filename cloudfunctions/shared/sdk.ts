/**
 * The slice of wx-server-sdk our functions use, typed precisely: the SDK's own typings return
 * `Promise | void | string` unions for its callback overloads. A type over the real module, nothing more.
 */
import * as sdk from 'wx-server-sdk';
import type { CloudLogger } from './log';

export type Doc = Record<string, unknown> & { _id?: string };

/** A query or update command (`_.gt(1)`, `_.inc(1)`…); conditions combine with `and`. */
export interface Cmd {
  and(other: Cmd): Cmd;
}

export interface Command {
  gt(v: unknown): Cmd;
  gte(v: unknown): Cmd;
  lt(v: unknown): Cmd;
  lte(v: unknown): Cmd;
  in(v: unknown[]): Cmd;
  nin(v: unknown[]): Cmd;
  neq(v: unknown): Cmd;
  exists(v: boolean): Cmd;
  not(c: Cmd): Cmd;
  size(n: number): Cmd;
  and(conds: unknown[]): Cmd;
  or(conds: unknown[]): Cmd;
  inc(n: number): Cmd;
  push(v: unknown[]): Cmd;
  set(v: unknown): Cmd;
  remove(): Cmd;
  pull(v: unknown): Cmd;
  addToSet(v: unknown): Cmd;
  aggregate: { sum(v: unknown): unknown };
}

export interface Query {
  where(q: object): Query;
  orderBy(field: string, dir: 'asc' | 'desc'): Query;
  skip(n: number): Query;
  limit(n: number): Query;
  field(p: Record<string, boolean>): Query;
  get(): Promise<{ data: Doc[] }>;
  count(): Promise<{ total: number }>;
  update(o: { data: object }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface DocRef {
  get(): Promise<{ data: Doc }>;
  update(o: { data: object }): Promise<{ stats: { updated: number } }>;
  set(o: { data: object }): Promise<{ _id: string; stats: { updated: number; created: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface Aggregate {
  match(q: object): Aggregate;
  group(g: object): Aggregate;
  sort(s: object): Aggregate;
  end(): Promise<{ list: Doc[] }>;
}

export interface Collection extends Query {
  add(o: { data: object }): Promise<{ _id: string }>;
  doc(id: string): DocRef;
  aggregate(): Aggregate;
}

export interface Transaction {
  collection(name: string): Collection;
  rollback(reason?: unknown): Promise<void>;
}

export interface Database {
  collection(name: string): Collection;
  readonly command: Command;
  serverDate(o?: { offset: number }): unknown;
  runTransaction<T>(f: (t: Transaction) => Promise<T>): Promise<T>;
  RegExp(o: { regexp: string; options?: string }): unknown;
  createCollection(name: string): Promise<unknown>;
}

export interface SubscribeMessageSend {
  touser: string;
  templateId: string;
  /** Omitted: the message opens the mini program's home page. */
  page?: string;
  data: Record<string, { readonly value: string }>;
  miniprogramState: 'developer' | 'trial' | 'formal';
  lang: 'zh_CN';
}

/** security.msgSecCheck, version 2. Scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export interface MsgSecCheck {
  openid: string;
  scene: 1 | 2 | 3 | 4;
  content: string;
  version: 2;
}

export interface MsgSecCheckReply {
  errCode: number;
  errMsg: string;
  result?: { suggest?: string; label?: number };
}

export interface Cloud {
  init(o: { env: unknown }): void;
  readonly DYNAMIC_CURRENT_ENV: symbol;
  database(): Database;
  /** Structured logs (云开发控制台 → 日志); available after init. */
  logger(): CloudLogger;
  getWXContext(): { OPENID?: string; APPID?: string; ENV?: string; [k: string]: unknown };
  readonly openapi: {
    readonly subscribeMessage: {
      send(p: SubscribeMessageSend): Promise<{ errCode: number; errMsg: string; msgid?: number }>;
    };
    readonly security: {
      msgSecCheck(p: MsgSecCheck): Promise<MsgSecCheckReply>;
    };
  };
}

/**
 * The module object itself (`default` of the namespace), not the namespace: bundlers copy a CommonJS module's
 * keys at import time, and `logger` only appears on the module after `init`.
 */
export const cloud = ((sdk as { default?: unknown }).default ?? sdk) as Cloud;

/** The database refused a write because a document with that `_id` (or unique key) already exists. */
export function isDuplicateKey(e: unknown): boolean {
  const text = String((e as { errMsg?: unknown } | null)?.errMsg ?? e);
  return /duplicate key/i.test(text);
}
