/**
 * The one door to the cloud. Pages never call wx.cloud themselves: they call typed functions in
 * services/, which always resolve to an envelope, so "no network" is an ordinary, explainable result.
 */
import { deployConfig } from '../config/deploy';
import type { AppealAction, AppealActions, Envelope } from '../domain/appeal/contract';
import { report } from './report';

const UNAVAILABLE = {
  code: 'CLOUD_UNAVAILABLE',
  message: '网络不太好，暂时连不上服务。诊断和指南不受影响，请稍后再试。',
} as const;

let initialised = false;

function ensureInit(): boolean {
  if (initialised) return true;
  if (!wx.cloud) return false;
  wx.cloud.init({ env: deployConfig.cloudEnv, traceUser: false });
  initialised = true;
  return true;
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Call a cloud function; every failure (no network, no reply, INTERNAL) is reported and becomes an envelope. */
async function invoke(name: string, data: Record<string, unknown>): Promise<Envelope<unknown>> {
  const label = `${name}.${String(data.action)}`;
  if (!ensureInit()) return { ok: false, error: UNAVAILABLE };
  try {
    const res = await wx.cloud.callFunction({ name, data });
    const result = (res as { result?: unknown }).result;
    if (isEnvelope(result)) {
      if (!result.ok && result.error.code === 'INTERNAL') report('cloud-call', 'INTERNAL', label);
      return result;
    }
    report('cloud-call', 'no envelope', label);
    return { ok: false, error: UNAVAILABLE };
  } catch (e) {
    report('cloud-call', e, label);
    return { ok: false, error: UNAVAILABLE };
  }
}

export function callAppeal<A extends AppealAction>(
  action: A,
  payload: AppealActions[A]['payload'],
): Promise<Envelope<AppealActions[A]['reply']>> {
  return invoke('appeal', { action, ...payload }) as Promise<Envelope<AppealActions[A]['reply']>>;
}

/** The `stats` function: resolution times and the choice to contribute to them. */
export function callStats<T>(action: string, payload: Record<string, unknown> = {}): Promise<Envelope<T>> {
  return invoke('stats', { action, ...payload }) as Promise<Envelope<T>>;
}

/** The `content` function: the published content pack, when it is newer than `have`. */
export function callContent<T>(have: number): Promise<Envelope<T | null>> {
  return invoke('content', { action: 'latest', have }) as Promise<Envelope<T | null>>;
}
