// All referral HTTP calls in one place (server: /api/referrals, see docs/referrals.md on the referrals work).
import { api, apiOptional, newIdempotencyKey } from '../auth/http';
import { normaliseReferral } from './normalise';
import type { ReferralRequest, ReferralSummary } from './types';

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
export const offerToHospital = (id: string, hospitalId: string): Promise<ReferralSummary | null> => command(id, 'offer', { hospitalId });
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
