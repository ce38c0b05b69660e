/**
 * Share cards carry only ids in the path: never answers, notes or anything personal.
 */
import { getSymptom } from '../domain/catalog/symptoms';
import { isCauseId, isSymptomId } from '../domain/catalog/ids';
import { appealTitle } from '../domain/present/guide';
import { ROUTES } from './navigation';

/** Only catalog ids go into a shared path: anything else (a person's text, a typo) is left out. */
export function guidePath(causeId: string, symptomId?: string): string {
  const params = [
    isCauseId(causeId) ? `cause=${causeId}` : '',
    symptomId && isSymptomId(symptomId) ? `symptom=${symptomId}` : '',
  ].filter(Boolean);
  return params.length ? `${ROUTES.guide}?${params.join('&')}` : ROUTES.guide;
}

export function guideShare(causeId: string, symptomId?: string): { title: string; path: string } {
  if (!isCauseId(causeId)) return { title: '微信支付被限制了？先看看该找谁、带什么', path: ROUTES.home };
  return { title: `办理指南：${appealTitle([causeId])}`, path: guidePath(causeId, symptomId) };
}

export function guideTimelineShare(causeId: string, symptomId?: string): { title: string; query: string } {
  const card = guideShare(causeId, symptomId);
  return { title: card.title, query: card.path.split('?')[1] ?? '' };
}

/** A step guide (unbind-card, repair-offer): only its symptom id goes in the path. */
export function stepsGuideShare(symptomId: string): { title: string; path: string } {
  if (!isSymptomId(symptomId)) return { title: '微信支付被限制了？先看看该找谁、带什么', path: ROUTES.home };
  return { title: `办事指引：${getSymptom(symptomId).title}`, path: `${ROUTES.guide}?guide=${symptomId}` };
}

export function stepsGuideTimelineShare(symptomId: string): { title: string; query: string } {
  const card = stepsGuideShare(symptomId);
  return { title: card.title, query: card.path.split('?')[1] ?? '' };
}
