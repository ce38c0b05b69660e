/** Appeal tracking, as the pages see it. */
import type { AppealActions, AppealPage, AppealView, Envelope } from '../domain/appeal/contract';
import { callAppeal } from './cloud';

export function startTracking(payload: AppealActions['create']['payload']): Promise<Envelope<AppealView>> {
  return callAppeal('create', payload);
}

export function listMyAppeals(cursor?: number): Promise<Envelope<AppealPage>> {
  return callAppeal('list', cursor === undefined ? {} : { cursor });
}

export function getAppeal(id: string): Promise<Envelope<AppealView>> {
  return callAppeal('get', { id });
}
