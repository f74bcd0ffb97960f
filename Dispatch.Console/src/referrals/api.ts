// All referral HTTP calls in one place (server: /api/referrals, see docs/referrals.md); shapes from the contract.
// Every command answers the referral's view; its summary is the shape lists and hub pushes carry.
import { api, apiOptional, newIdempotencyKey } from '../auth/http';
import type { RankingPreview, RankingQuery, ReferralRequest, ReferralSummary, ReferralView } from './types';
import type { AuditEntry, ReferralTimelineView } from '../api/contract';

/** Referrals visible to the caller (the server filters by role). null: not available to this account. */
export function listReferrals(openOnly = true): Promise<ReferralSummary[] | null> {
  return apiOptional<ReferralSummary[]>(`/api/referrals${openOnly ? '?open=true' : ''}`);
}

/** One referral with what the caller may do with it now (permittedActions). */
export function getReferral(id: string): Promise<ReferralView> {
  return api<ReferralView>(`/api/referrals/${encodeURIComponent(id)}`);
}

/** The idempotency key is made once per form submission by the caller, so a retry cannot create two referrals. */
export async function requestReferral(request: ReferralRequest, idempotencyKey: string): Promise<ReferralSummary> {
  return (await api<ReferralView>('/api/referrals', { method: 'POST', body: request, headers: { 'Idempotency-Key': idempotencyKey } })).summary;
}

async function command(id: string, verb: string, body?: unknown): Promise<ReferralSummary> {
  // Lost races come back as 409 with the reason; the caller shows it.
  const view = await api<ReferralView>(`/api/referrals/${encodeURIComponent(id)}/${verb}`,
    { method: 'POST', body, headers: { 'Idempotency-Key': newIdempotencyKey() } });
  return view.summary;
}

/** `confirmed` once the hospital has seen that its count shows no free bed of the needed capability (409 no-free-bed). */
export const acceptOffer = (id: string, confirmed = false): Promise<ReferralSummary> =>
  command(id, 'accept', confirmed ? { confirmed } : undefined);
export const declineOffer = (id: string, reason: string): Promise<ReferralSummary> => command(id, 'decline', { reason });
export const confirmHandover = (id: string): Promise<ReferralSummary> => command(id, 'handover');
export const cancelReferral = (id: string, reason: string): Promise<ReferralSummary> => command(id, 'cancel', { reason });
export const matchReferral = (id: string): Promise<ReferralSummary> => command(id, 'match');
/** `confirmed` once the dispatcher has seen the warning that names why the hospital fails its check (409 hospital-check-failed). */
export const offerToHospital = (id: string, hospitalId: string, confirmed = false): Promise<ReferralSummary> =>
  command(id, 'offer', { hospitalId, confirmed });
/** Ask the top `count` capable hospitals at once; the first to accept wins. */
export const offerParallel = (id: string, count: number): Promise<ReferralSummary> => command(id, 'offer-parallel', { count });

/** Which hospitals would be asked for this patient, and why the others not, before the request is sent. */
export const previewRanking = (query: RankingQuery): Promise<RankingPreview> =>
  api<RankingPreview>('/api/referrals/ranking', { method: 'POST', body: query });
/** @param confirmCoverageGap the township the dispatcher agreed to leave without an ambulance (see the coverage gap). */
export const assignReferralVehicle = (id: string, vehicleId: string, reason?: string, confirmCoverageGap?: string): Promise<ReferralSummary> =>
  command(id, 'assign-vehicle', { vehicleId, ...(reason ? { reason } : {}), ...(confirmCoverageGap ? { confirmCoverageGap } : {}) });
export const failReferral = (id: string, reason: string): Promise<ReferralSummary> => command(id, 'fail', { reason });

export type { AuditEntry };

/** The referral's audited transitions, oldest first (who, role, when, from, to, why). */
export async function referralAudit(id: string): Promise<AuditEntry[]> {
  return (await api<ReferralTimelineView>(`/api/referrals/${encodeURIComponent(id)}/timeline`)).transitions;
}
export const escalateReferral = (id: string, reason: string): Promise<ReferralSummary> => command(id, 'escalate', { reason });
