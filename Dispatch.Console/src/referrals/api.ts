// All referral HTTP calls in one place, so they can follow the server's workflow endpoints as they land.
import { api, apiOptional } from '../auth/http';
import { isReferralSummary, type ReferralRequest, type ReferralSummary } from './types';

function asList(body: unknown): ReferralSummary[] {
  // Accept a bare array or a `{ items: [...] }` page.
  const list = Array.isArray(body) ? body : (body as { items?: unknown } | null)?.items;
  return Array.isArray(list) ? list.filter(isReferralSummary) : [];
}

/** Referrals visible to the caller (the server filters by role). null: endpoint not available yet. */
export async function listReferrals(): Promise<ReferralSummary[] | null> {
  const body = await apiOptional<unknown>('/api/referrals');
  return body === null ? null : asList(body);
}

export function requestReferral(request: ReferralRequest): Promise<ReferralSummary> {
  return api<ReferralSummary>('/api/referrals', { method: 'POST', body: request });
}

/** The version guards against two hospitals deciding at once: the loser gets 409 with a reason. */
export function acceptOffer(id: string, version: number | undefined): Promise<ReferralSummary> {
  return api<ReferralSummary>(`/api/referrals/${encodeURIComponent(id)}/accept`, { method: 'POST', body: { version } });
}

export function declineOffer(id: string, version: number | undefined, reason: string): Promise<ReferralSummary> {
  return api<ReferralSummary>(`/api/referrals/${encodeURIComponent(id)}/decline`, { method: 'POST', body: { version, reason } });
}

export function cancelReferral(id: string, version: number | undefined, reason: string): Promise<ReferralSummary> {
  return api<ReferralSummary>(`/api/referrals/${encodeURIComponent(id)}/cancel`, { method: 'POST', body: { version, reason } });
}
