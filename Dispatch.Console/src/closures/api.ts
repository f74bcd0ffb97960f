// Road closures set by dispatchers (server: /api/routing/closures). Routing avoids the closed road edges at once.
import { api, apiOptional } from '../auth/http';

export interface RoadClosure {
  id: string;
  reason?: string | null;
  /** [lon, lat] points, as GeoJSON orders them. */
  line: [number, number][];
  radiusMeters: number;
  /** The dispatcher's username; `setByName` is their name as people read it. */
  setBy: string;
  setByName?: string | null;
  setAt: string;
  /** How many road edges the server closed under the line. */
  closedEdges: number;
}

export interface ClosureRequest {
  reason: string;
  line: [number, number][];
  radiusMeters: number;
}

function isClosure(value: unknown): value is RoadClosure {
  const c = value as Partial<RoadClosure> | null;
  return typeof c === 'object' && c !== null && typeof c.id === 'string' && Array.isArray(c.line);
}

/** Closures in force; null when this server has no closures board. */
export async function listClosures(): Promise<RoadClosure[] | null> {
  const body = await apiOptional<unknown>('/api/routing/closures');
  return Array.isArray(body) ? body.filter(isClosure) : null;
}

export async function setClosure(request: ClosureRequest, idempotencyKey: string): Promise<RoadClosure> {
  const body = await api<unknown>('/api/routing/closures', { method: 'POST', body: request, headers: { 'Idempotency-Key': idempotencyKey } });
  if (!isClosure(body)) throw new Error('unexpected closure answer');
  return body;
}

export async function liftClosure(id: string): Promise<void> {
  await api<void>(`/api/routing/closures/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
