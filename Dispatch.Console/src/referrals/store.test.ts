import { describe, expect, it } from 'vitest';
import { ReferralStore } from './store';
import type { ReferralSummary } from './types';

function summary(id: string, changes: Partial<ReferralSummary> = {}): ReferralSummary {
  return {
    id, version: 1, state: 'requested', fhirStatus: 'requested', priority: 2, tier: 'yellow', age: 70, sex: 'female',
    condition: 'Shortness of breath', requiredCapabilities: ['icu'], facilityId: 'g-01', offeredHospitalId: null,
    offerExpiresAt: null, acceptedHospitalId: null, vehicleId: null, reason: null, updatedAt: '2026-12-04T10:00:00Z',
    callId: null, origin: null, vehicleAtPatient: false, number: null, offeredHospitalIds: [],
    clock: { requestedAt: '2026-12-04T10:00:00Z', acceptanceDueAt: null, firstOfferedAt: null, acceptedAt: null, budgetEscalatedAt: null, parallelWidth: 1, offerNumber: 0 },
    vitals: { spO2: 91, heartRate: 110, systolicBp: 100, diastolicBp: 60, respiratoryRate: 24, consciousness: 'alert' },
    accompanyingStaff: [], responses: [], candidates: [], nextCandidate: 0, exclusions: [], reservedBed: null, ...changes,
  };
}

describe('ReferralStore', () => {
  it('keeps the newest version when pushes arrive out of order', () => {
    const store = new ReferralStore();
    store.upsert(summary('r1', { version: 3, state: 'accepted' }));
    store.upsert(summary('r1', { version: 2, state: 'offered' }));
    expect(store.byId.get('r1')?.state).toBe('accepted');
    store.upsert(summary('r1', { version: 4, state: 'vehicleAssigned' }));
    expect(store.byId.get('r1')?.state).toBe('vehicleAssigned');
  });

  it('lists the most urgent first, then the most recently changed', () => {
    const store = new ReferralStore();
    store.replaceAll([
      summary('old-urgent', { priority: 1, updatedAt: '2026-12-04T09:00:00Z' }),
      summary('standard', { priority: 4, updatedAt: '2026-12-04T11:00:00Z' }),
      summary('new-urgent', { priority: 1, updatedAt: '2026-12-04T10:30:00Z' }),
    ]);
    expect(store.list().map((r) => r.id)).toEqual(['new-urgent', 'old-urgent', 'standard']);
  });

  it('forgets a referral withdrawn from this viewer and tells its subscribers', () => {
    const store = new ReferralStore();
    store.upsert(summary('r1'));
    let told = 0;
    store.subscribe(() => told++);
    store.remove('r1');
    store.remove('r1');
    expect(store.byId.has('r1')).toBe(false);
    expect(told).toBe(1);
  });
});
