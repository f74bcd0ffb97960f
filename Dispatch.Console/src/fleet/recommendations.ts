// Vehicles ranked by road travel time, from the server (never ranked here: straight lines mislead in a city).
import { apiOptional } from '../auth/http';

export interface VehicleRecommendation {
  vehicleId: string;
  callSign: string;
  kind: string;
  type: string;
  status: string;
  etaSeconds: number;
  meters: number;
  /** The road time is an estimate (e.g. the position could not be snapped to a road). */
  estimated: boolean;
  /** Of the type the call asked for and within reach: ranked ahead of the others. */
  preferredType?: boolean;
  callSignEn?: string | null;
}

export interface VehicleRecommendations {
  ranked: VehicleRecommendation[];
  excluded: { vehicleId: string; callSign: string; callSignEn?: string | null; code: string; message: string; messageZh?: string; detail?: string | null }[];
  /** The server ran out of its time budget and answered with what it had. */
  approximate: boolean;
}

const cache = new Map<string, { at: number; answer: Promise<VehicleRecommendations | null> }>();
const FRESH_MS = 15_000;

/** Cached briefly: the queue redraws often, the ranking changes only as vehicles move. */
function cached(path: string): Promise<VehicleRecommendations | null> {
  const hit = cache.get(path);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.answer;
  const answer = apiOptional<VehicleRecommendations>(path).then(
    (r) => (r && Array.isArray(r.ranked) ? { ranked: r.ranked, excluded: Array.isArray(r.excluded) ? r.excluded : [], approximate: Boolean(r.approximate) } : null),
    () => null);
  cache.set(path, { at: Date.now(), answer });
  return answer;
}

export function recommendForCall(callId: string): Promise<VehicleRecommendations | null> {
  return cached(`/api/calls/${encodeURIComponent(callId)}/recommendations`);
}

export function recommendNear(lon: number, lat: number, kind: 'ambulance' | 'nonEmergency'): Promise<VehicleRecommendations | null> {
  return cached(`/api/fleet/recommendations?lon=${lon.toFixed(6)}&lat=${lat.toFixed(6)}&kind=${kind}`);
}
