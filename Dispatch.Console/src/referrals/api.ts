// All referral HTTP calls in one place (server: /api/referrals, see docs/referrals.md on the referrals work).
import { api, apiOptional, newIdempotencyKey } from '../auth/http';
import { exclusionOf, normaliseReferral } from './normalise';
import type { HospitalCandidate, HospitalExclusion, ReferralRequest, ReferralSummary } from './types';

function asList(body: unknown): ReferralSummary[] {
  // Accept a bare array or a `{ items: [...] }` page.
  const list = Array.isArray(body) ? body : (body as { items?: unknown } | null)?.items;
  return Array.isArray(list) ? list.map(normaliseReferral).filter((r): r is ReferralSummary => r !== null) : [];
}

function one(body: unknown): ReferralSummary | null {
  return normaliseReferral(body);
}


/** Referrals visible to the caller (the server filters by role). null: endpoint not available yet. */
export async function listReferrals(openOnly = true): Promise<ReferralSummary[] | null> {
  const body = await apiOptional<unknown>(`/api/referrals${openOnly ? '?open=true' : ''}`);
  return body === null ? null : asList(body);
}

/** The idempotency key is made once per form submission by the caller, so a retry cannot create two referrals. */
export async function requestReferral(request: ReferralRequest, idempotencyKey: string): Promise<ReferralSummary | null> {
  return one(await api<unknown>('/api/referrals', { method: 'POST', body: request, headers: { 'Idempotency-Key': idempotencyKey } }));
}

async function command(id: string, verb: string, body?: unknown): Promise<ReferralSummary | null> {
  // Lost races come back as 409 with the reason; the caller shows it.
  return one(await api<unknown>(`/api/referrals/${encodeURIComponent(id)}/${verb}`, { method: 'POST', body, headers: { 'Idempotency-Key': newIdempotencyKey() } }));
}

export const acceptOffer = (id: string): Promise<ReferralSummary | null> => command(id, 'accept');
export const declineOffer = (id: string, reason: string): Promise<ReferralSummary | null> => command(id, 'decline', { reason });
export const confirmHandover = (id: string): Promise<ReferralSummary | null> => command(id, 'handover');
export const cancelReferral = (id: string, reason: string): Promise<ReferralSummary | null> => command(id, 'cancel', { reason });
export const matchReferral = (id: string): Promise<ReferralSummary | null> => command(id, 'match');
/** `confirmed` once the dispatcher has seen the warning that names why the hospital fails its check (409 hospital-check-failed). */
export const offerToHospital = (id: string, hospitalId: string, confirmed = false): Promise<ReferralSummary | null> =>
  command(id, 'offer', { hospitalId, confirmed });
/** Ask the top `count` capable hospitals at once; the first to accept wins. */
export const offerParallel = (id: string, count: number): Promise<ReferralSummary | null> => command(id, 'offer-parallel', { count });

export interface RankingPreview { candidates: HospitalCandidate[]; exclusions: HospitalExclusion[]; approximate: boolean }

/** Which hospitals would be asked for this patient, and why the others not, before the request is sent. */
export async function previewRanking(query: { requestingFacilityId?: string; requiredCapabilities: string[]; priority: number }): Promise<RankingPreview> {
  const body = await api<{ candidates?: unknown; exclusions?: unknown; approximate?: unknown }>('/api/referrals/ranking', { method: 'POST', body: query });
  const rows = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'object' && x !== null) : []);
  return {
    candidates: rows(body.candidates).map((c) => ({
      hospitalId: String(c.hospitalId ?? ''), name: typeof c.name === 'string' ? c.name : undefined,
      estimatedMinutes: typeof c.estimatedMinutes === 'number' ? c.estimatedMinutes : null,
      distanceKm: typeof c.distanceKm === 'number' ? c.distanceKm : null,
    })),
    exclusions: rows(body.exclusions).map(exclusionOf),
    approximate: body.approximate === true,
  };
}
export const assignReferralVehicle = (id: string, vehicleId: string, reason?: string): Promise<ReferralSummary | null> =>
  command(id, 'assign-vehicle', reason ? { vehicleId, reason } : { vehicleId });
export const failReferral = (id: string, reason: string): Promise<ReferralSummary | null> => command(id, 'fail', { reason });

export interface AuditEntry {
  id: string;
  transition: { action: string; actor: string; role: string; at: string; from: string; to: string; reason?: string | null };
}

/** The referral's audited transitions, oldest first (who, role, when, from, to, why). */
export async function referralAudit(id: string): Promise<AuditEntry[]> {
  const body = await api<{ transitions?: unknown }>(`/api/referrals/${encodeURIComponent(id)}/timeline`);
  return Array.isArray(body?.transitions) ? (body.transitions as AuditEntry[]).filter((e) => typeof e?.transition?.action === 'string') : [];
}
export const escalateReferral = (id: string, reason: string): Promise<ReferralSummary | null> => command(id, 'escalate', { reason });
