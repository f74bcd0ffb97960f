// Facilities snapshot (hospitals with capabilities and beds; grassroots institutions).
import { api } from '../auth/http';
import type { Facilities } from './types';

export async function fetchFacilities(): Promise<Facilities> {
  const body = await api<Partial<Facilities> | undefined>('/api/facilities');
  return {
    hospitals: Array.isArray(body?.hospitals) ? body.hospitals.filter((x) => Number.isFinite(x.lat) && Number.isFinite(x.lon)) : [],
    grassroots: Array.isArray(body?.grassroots) ? body.grassroots.filter((x) => Number.isFinite(x.lat) && Number.isFinite(x.lon)) : [],
  };
}
