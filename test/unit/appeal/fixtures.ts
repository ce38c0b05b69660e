/**
 * A submitted appeal as the `appeal` function returns it: the starting point of the unit tests that present an
 * appeal (page, export); each test overrides what it checks (checklist, history, notifications, helpers).
 */
import type { AppealView } from '../../../miniprogram/domain/appeal/contract';

export function submittedAppeal(overrides: Record<string, unknown> = {}): AppealView {
  return {
    id: 'a1',
    role: 'owner',
    symptomId: 'card-restricted',
    causeIds: ['risk-unusual-activity'],
    channelId: 'wechat-pay-card-appeal',
    status: 'submitted',
    version: 3,
    deadline: { kind: 'date', date: '2026-12-09', workingDaysLeft: 3, overdue: false, approximate: false },
    updatedAt: '2026-12-04T02:00:00.000Z',
    note: '',
    checklist: [],
    timeline: [],
    submittedOn: '2026-12-04',
    escalatedTo: null,
    nextFollowUpOn: null,
    escalationHint: null,
    createdAt: '2026-12-01T01:30:00.000Z',
    notifications: [],
    helpers: [],
    invites: [],
    ...overrides,
  } as unknown as AppealView;
}
