// Fleet snapshot from the server.
import { api } from '../auth/http';
import { isKnownStatus, type Vehicle } from './types';

export async function fetchVehicles(): Promise<Vehicle[]> {
  const list = await api<unknown>('/api/fleet/vehicles');
  if (!Array.isArray(list)) return [];
  // Defensive: skip rows without an id, default what is missing rather than failing the whole list.
  return list.flatMap((raw): Vehicle[] => {
    if (typeof raw !== 'object' || raw === null) return [];
    const v = raw as Partial<Vehicle>;
    if (typeof v.id !== 'string') return [];
    return [{
      id: v.id,
      callSign: v.callSign ?? v.id,
      kind: v.kind === 'nonEmergency' ? 'nonEmergency' : 'ambulance',
      type: v.type ?? '',
      equipment: Array.isArray(v.equipment) ? v.equipment : [],
      stationName: v.stationName ?? '',
      stationNameEn: v.stationNameEn ?? null,
      seats: typeof v.seats === 'number' ? v.seats : null,
      status: typeof v.status === 'string' && isKnownStatus(v.status) ? v.status : 'OutOfService',
      position: v.position ?? null,
      stale: Boolean(v.stale),
    }];
  });
}
