// Coverage from the server: the live picture, the fixed grid, the cost of sending vehicles, and move-ups.
import { api, apiOptional } from '../auth/http';
import type { AssignmentCost, CoverageGrid, CoverageView } from './types';

export function fetchCoverage(): Promise<CoverageView | null> {
  return apiOptional<CoverageView>('/api/coverage');
}

export function fetchCoverageGrid(): Promise<CoverageGrid | null> {
  return apiOptional<CoverageGrid>('/api/coverage/grid');
}

export async function fetchCosts(lon: number, lat: number, vehicleIds: string[]): Promise<AssignmentCost[]> {
  if (!vehicleIds.length) return [];
  const answer = await apiOptional<{ ready: boolean; costs: AssignmentCost[] }>(
    `/api/coverage/cost?lon=${lon.toFixed(6)}&lat=${lat.toFixed(6)}&vehicles=${vehicleIds.slice(0, 50).map(encodeURIComponent).join(',')}`);
  return answer?.ready && Array.isArray(answer.costs) ? answer.costs : [];
}

export function sendMoveUp(vehicleId: string, postId: string): Promise<unknown> {
  return api('/api/coverage/move-ups', { method: 'POST', body: { vehicleId, postId } });
}
