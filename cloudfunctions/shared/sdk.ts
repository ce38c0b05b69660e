/**
 * The slice of wx-server-sdk our functions use, typed precisely: the SDK's own typings return
 * `Promise | void | string` unions for its callback overloads. A type over the real module, nothing more.
 */
import * as sdk from 'wx-server-sdk';

export type Doc = Record<string, unknown> & { _id?: string };

export interface Update {
  readonly __update: unique symbol;
}

export interface Command {
  gt(v: unknown): unknown;
  gte(v: unknown): unknown;
  lt(v: unknown): unknown;
  lte(v: unknown): unknown;
  in(v: unknown[]): unknown;
  nin(v: unknown[]): unknown;
  neq(v: unknown): unknown;
  exists(v: boolean): unknown;
  size(n: number): unknown;
  and(conds: unknown[]): unknown;
  or(conds: unknown[]): unknown;
  inc(n: number): unknown;
  push(v: unknown[]): unknown;
  set(v: unknown): unknown;
  remove(): unknown;
  pull(v: unknown): unknown;
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

export interface Collection extends Query {
  add(o: { data: object }): Promise<{ _id: string }>;
  doc(id: string): DocRef;
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

export interface Cloud {
  init(o: { env: unknown }): void;
  readonly DYNAMIC_CURRENT_ENV: symbol;
  database(): Database;
  getWXContext(): { OPENID?: string; APPID?: string; ENV?: string };
  readonly openapi: {
    readonly subscribeMessage: {
      send(p: SubscribeMessageSend): Promise<{ errCode: number; errMsg: string; msgid?: number }>;
    };
  };
}

export const cloud = sdk as unknown as Cloud;
