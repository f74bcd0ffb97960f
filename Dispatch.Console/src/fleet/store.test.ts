import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FleetStore } from './store';
import type { Vehicle } from './types';
import type { VehiclePosition } from '../api/contract';

const at = (iso: string, lon = 104.07): VehiclePosition =>
  ({ vehicleId: 'amb-01', lat: 30.67, lon, headingDeg: 0, speedKmh: 0, timestamp: iso });

// Only what the store reads; the rest of the view does not matter here.
const vehicle = (position: VehiclePosition | null, stale: boolean): Vehicle =>
  ({ id: 'amb-01', position, stale, status: 'available' }) as unknown as Vehicle;

describe('FleetStore', () => {
  let store: FleetStore;
  // The store's timers and frames belong to a page; here they never fire, so only the snapshot logic runs.
  beforeEach(() => {
    vi.stubGlobal('window', { setInterval: () => 1, clearInterval: () => undefined, setTimeout: () => 1, clearTimeout: () => undefined });
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => {
    store.dispose();
    vi.unstubAllGlobals();
  });

  it('keeps a position pushed while the snapshot was on its way when it is newer than the snapshot', () => {
    store = new FleetStore();
    store.queuePositions([at('2026-12-05T10:00:05Z', 104.08)]);
    store.replaceAll([vehicle(null, true)]);
    const v = store.vehicles.get('amb-01')!;
    expect(v.position?.lon).toBe(104.08);
    expect(v.stale).toBe(false);
  });

  it('lets the snapshot win over an older push', () => {
    store = new FleetStore();
    store.queuePositions([at('2026-12-05T10:00:00Z', 104.08)]);
    store.replaceAll([vehicle(at('2026-12-05T10:00:09Z', 104.09), false)]);
    expect(store.vehicles.get('amb-01')!.position?.lon).toBe(104.09);
  });

  it('keeps what was already applied when a later snapshot carries an older position', () => {
    store = new FleetStore();
    store.replaceAll([vehicle(at('2026-12-05T10:00:07Z', 104.07), false)]);
    store.replaceAll([vehicle(at('2026-12-05T10:00:01Z', 104.01), true)]);
    const v = store.vehicles.get('amb-01')!;
    expect(v.position?.lon).toBe(104.07);
    expect(v.stale).toBe(false);
  });
});
