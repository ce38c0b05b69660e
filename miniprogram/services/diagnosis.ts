/** The diagnosis in progress, kept on the phone so it survives closing the app. */
import { restoreDiagnosis, type DiagnosisState } from '../domain/diagnosis/engine';
import { load, remove, save } from './storage';

const isAnything = (v: unknown): v is unknown => v !== undefined;

export function loadSession(): DiagnosisState | null {
  return restoreDiagnosis(load('diagnosis.session', isAnything));
}

/** Returns false when the phone could not save it (the page keeps working, it just won't resume). */
export function saveSession(state: DiagnosisState): boolean {
  return save('diagnosis.session', state);
}

export function clearSession(): void {
  remove('diagnosis.session');
}
