// 120 call intake and assignment (server: /api/calls, /api/shift/figures).
import { api, apiOptional } from '../auth/http';
import { normaliseReferral } from '../referrals/normalise';
import type { ReferralRequest, ReferralSummary } from '../referrals/types';

export type CallKind = 'Emergency' | 'Transport';

/** Body of POST /api/calls. */
export interface NewCall {
  kind: CallKind;
  lon: number;
  lat: number;
  address?: string;
  chiefComplaint: string;
  priority: 1 | 2 | 3 | 4;
  callerPhone?: string;
  requiredEquipment?: string[];
  wheelchairNeeded?: boolean;
  destinationHospitalId?: string;
  /** Complaint category (chestPain, stroke, trauma, dyspnoea, obstetric, paediatric, other). */
  category?: string;
  /** Ambulance type to send first when one is in reach (ALS, BLS, negativePressure). */
  vehicleType?: string;
}

export interface CallSummary {
  id: string;
  kind?: CallKind | string;
  location?: { lon: number; lat: number };
  address?: string | null;
  chiefComplaint?: string;
  priority?: number;
  callerPhone?: string | null;
  status?: string;
  vehicleId?: string | null;
  takenBy?: string;
  timestamps?: { received?: string; dispatched?: string | null; enRoute?: string | null; onScene?: string | null };
  /** The green-channel referral now carrying this patient; the crew reports on it. */
  referralId?: string | null;
  /** What a dispatcher may do now, as the server decides: assign, reassign, refer, cancel. */
  permittedActions?: string[];
  /** Dispatcher actions after intake with their reasons (reassigned, cancelled). */
  notes?: { action: string; actor: string; at: string; reason?: string | null; vehicleId?: string | null; previousVehicleId?: string | null }[];
  requiredEquipment?: string[];
  vehicleType?: string | null;
  category?: string | null;
  version?: number;
}

export interface ShiftFigures {
  since?: string;
  calls?: number;
  transports?: number;
  dispatched?: number;
  open?: number;
  averageResponseSeconds?: number | null;
  departureWithin3MinutesRate?: number | null;
  averageDepartureSeconds?: number | null;
  referrals?: number;
  /** Dispatched vehicles judged so far (rolled, or past the limit without rolling) and how many of them were late. */
  departures?: number;
  lateDepartures?: number;
  responseP50Seconds?: number | null;
  responseP90Seconds?: number | null;
  requestToAcceptanceP50Seconds?: number | null;
  requestToAcceptanceP90Seconds?: number | null;
  departureLimitSeconds?: number;
  onSceneLimitSeconds?: number;
}

export function isCallSummary(value: unknown): value is CallSummary {
  return typeof value === 'object' && value !== null && typeof (value as CallSummary).id === 'string';
}

export function createCall(call: NewCall, idempotencyKey: string): Promise<CallSummary> {
  return api<CallSummary>('/api/calls', { method: 'POST', body: call, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Open calls. null: endpoint not available on this server. */
export async function listCalls(): Promise<CallSummary[] | null> {
  const body = await apiOptional<unknown>('/api/calls');
  if (body === null) return null;
  return Array.isArray(body) ? body.filter(isCallSummary) : [];
}

/** @param confirmCoverageGap the township the dispatcher agreed to leave without an ambulance (see the coverage gap). */
export function assignVehicle(callId: string, vehicleId: string, confirmCoverageGap?: string): Promise<CallSummary> {
  return api<CallSummary>(`/api/calls/${encodeURIComponent(callId)}/assign`, { method: 'POST', body: confirmCoverageGap ? { vehicleId, confirmCoverageGap } : { vehicleId } });
}

/** The emergency centre refers the call's patient to a capable hospital; the call's ambulance carries the transfer. */
export async function referCall(callId: string, request: Omit<ReferralRequest, 'requestingFacilityId'>, idempotencyKey: string): Promise<ReferralSummary | null> {
  return normaliseReferral(await api<unknown>(`/api/calls/${encodeURIComponent(callId)}/referral`,
    { method: 'POST', body: request, headers: { 'Idempotency-Key': idempotencyKey } }));
}

export function reassignCall(callId: string, vehicleId: string, reason: string): Promise<CallSummary> {
  return api<CallSummary>(`/api/calls/${encodeURIComponent(callId)}/reassign`, { method: 'POST', body: { vehicleId, reason } });
}

export function cancelCall(callId: string, reason: string): Promise<CallSummary> {
  return api<CallSummary>(`/api/calls/${encodeURIComponent(callId)}/cancel`, { method: 'POST', body: { reason } });
}

export function fetchShiftFigures(): Promise<ShiftFigures | null> {
  return apiOptional<ShiftFigures>('/api/shift/figures');
}
