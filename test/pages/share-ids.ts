/**
 * What a share card of the result and guide pages may carry: a known page, and in its query only catalog ids
 * under the keys `cause`, `symptom` and `guide` — never answers, notes or anything personal.
 */
import { isCauseId, isSymptomId } from '../../miniprogram/domain';
import { ROUTES } from '../../miniprogram/services/navigation';

const KEYS: Readonly<Record<string, (v: string) => boolean>> = {
  cause: isCauseId,
  symptom: isSymptomId,
  guide: isSymptomId,
};
const PAGES: readonly string[] = [ROUTES.guide, ROUTES.home, ROUTES.guideLibrary];

/** Why `query` (`a=b&c=d`) is not ids only; empty when it is. */
function queryProblems(query: string): string[] {
  if (!query) return [];
  return query.split('&').flatMap((pair) => {
    const [key = '', value = '', ...rest] = pair.split('=');
    if (rest.length) return [`"${pair}" is not key=value`];
    const isId = KEYS[key];
    if (!isId) return [`key "${key}" may not be shared`];
    return isId(value) ? [] : [`"${key}=${value}" is not a catalog id`];
  });
}

/** Why a card (`{ path }` of onShareAppMessage or `{ query }` of onShareTimeline) is not ids only. */
export function shareProblems(card: { title?: string; path?: string; query?: string }): string[] {
  if (card.query !== undefined) return queryProblems(card.query);
  const [page = '', query = '', ...rest] = (card.path ?? '').split('?');
  const problems = PAGES.indexOf(page) < 0 ? [`page ${page} is not a guide`] : [];
  if (rest.length) problems.push('more than one "?"');
  return [...problems, ...queryProblems(query)];
}
