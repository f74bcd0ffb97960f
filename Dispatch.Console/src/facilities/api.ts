// Facilities snapshot (hospitals with capabilities and beds; grassroots institutions).
import { api } from '../auth/http';
import type { Facilities, Hospital } from './types';

export async function fetchFacilities(): Promise<Facilities> {
  const body = await api<Partial<Facilities> | undefined>('/api/facilities');
  return {
    hospitals: Array.isArray(body?.hospitals) ? body.hospitals.filter((x) => Number.isFinite(x.lat) && Number.isFinite(x.lon)) : [],
    grassroots: Array.isArray(body?.grassroots) ? body.grassroots.filter((x) => Number.isFinite(x.lat) && Number.isFinite(x.lon)) : [],
  };
}

/** A hospital keeps its own free beds and diversion current (dispatchers may correct them). */
export function updateCapacity(hospitalId: string, update: { beds?: Record<string, number>; onDiversion?: boolean }): Promise<Hospital> {
  return api<Hospital>(`/api/facilities/hospitals/${encodeURIComponent(hospitalId)}/capacity`, { method: 'PUT', body: update });
}

export function isHospital(value: unknown): value is Hospital {
  const v = value as Partial<Hospital> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && Number.isFinite(v.lat) && Number.isFinite(v.lon);
}
