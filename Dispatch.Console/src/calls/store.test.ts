import { describe, expect, it } from 'vitest';
import { CallStore } from './store';
import type { CallSummary } from './api';

function call(id: string, changes: Partial<CallSummary> = {}): CallSummary {
  return {
    id, kind: 'emergency', location: { lon: 104.07, lat: 30.67 }, chiefComplaint: 'Chest pain', priority: 2, takenBy: 'dispatcher',
    status: 'queued', version: 1, timestamps: { received: '2026-12-04T10:00:00Z' }, ...changes,
  } as CallSummary;
}

describe('CallStore', () => {
  it('puts calls still waiting for a vehicle on top, most urgent and then longest waiting first', () => {
    const store = new CallStore();
    store.replaceAll([
      call('dispatched-urgent', { status: 'dispatched', priority: 1 }),
      call('queued-late', { priority: 2, timestamps: { received: '2026-12-04T10:05:00Z' } }),
      call('queued-early', { priority: 2, timestamps: { received: '2026-12-04T10:01:00Z' } }),
      call('queued-standard', { priority: 4 }),
    ]);
    expect(store.list().map((c) => c.id)).toEqual(['queued-early', 'queued-late', 'queued-standard', 'dispatched-urgent']);
  });

  it('drops a call once it is completed or cancelled, and ignores an older push', () => {
    const store = new CallStore();
    store.upsert(call('c1', { version: 2, status: 'enRoute' }));
    store.upsert(call('c1', { version: 1, status: 'queued' }));
    expect(store.byId.get('c1')?.status).toBe('enRoute');
    store.upsert(call('c1', { version: 3, status: 'cancelled' }));
    expect(store.byId.has('c1')).toBe(false);
  });
});
