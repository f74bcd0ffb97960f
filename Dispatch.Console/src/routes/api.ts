// Road routes from GET /api/routes. Anything but a usable route (not routable, too far from a road, outside the
// region, network trouble, aborted) is null: a missing route line is shown as nothing, never as an error.
import { api } from '../auth/http';

export interface LonLat {
  lon: number;
  lat: number;
}

export interface RoadRoute {
  seconds: number;
  meters: number;
  /** [lon, lat] pairs along the road, from the vehicle to the target. */
  coordinates: [number, number][];
}

function isPair(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

function parseRoute(body: unknown): RoadRoute | null {
  if (typeof body !== 'object' || body === null) return null;
  const { seconds, meters, coordinates } = body as { seconds?: unknown; meters?: unknown; coordinates?: unknown };
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return null;
  if (!Array.isArray(coordinates)) return null;
  const points = coordinates.filter(isPair).map((p): [number, number] => [p[0], p[1]]);
  if (points.length < 2) return null;
  return { seconds, meters: typeof meters === 'number' && Number.isFinite(meters) ? meters : 0, coordinates: points };
}

export async function fetchRoute(from: LonLat, to: LonLat, signal?: AbortSignal): Promise<RoadRoute | null> {
  const q = new URLSearchParams({
    fromLon: from.lon.toFixed(6), fromLat: from.lat.toFixed(6), toLon: to.lon.toFixed(6), toLat: to.lat.toFixed(6), profile: 'ambulance',
  });
  try {
    return parseRoute(await api<unknown>(`/api/routes?${q.toString()}`, { signal }));
  } catch {
    return null;
  }
}
