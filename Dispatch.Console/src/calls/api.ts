// 120 call intake and assignment (server: /api/calls, /api/shift/figures); shapes from the contract.
import { api, apiOptional } from '../auth/http';
import type { Call, CallKind, NewCall, ReferralView, SceneReferralRequest, ShiftFigures } from '../api/contract';

export type { CallKind, NewCall, ShiftFigures };
export type CallSummary = Call;

/** What a form fills in; the contract's other fields go as null. */
export type NewCallInput = Pick<NewCall, 'kind' | 'lon' | 'lat' | 'chiefComplaint' | 'priority'> & Partial<NewCall>;

export function createCall(input: NewCallInput, idempotencyKey: string): Promise<Call> {
  const call: NewCall = {
    address: null, callerPhone: null, requiredEquipment: null, wheelchairNeeded: null, destinationHospitalId: null, ...input,
  };
  return api<Call>('/api/calls', { method: 'POST', body: call, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Open calls. null: not available to this account. */
export function listCalls(): Promise<Call[] | null> {
  return apiOptional<Call[]>('/api/calls');
}

/** @param confirmCoverageGap the township the dispatcher agreed to leave without an ambulance (see the coverage gap). */
export function assignVehicle(callId: string, vehicleId: string, confirmCoverageGap?: string): Promise<Call> {
  return api<Call>(`/api/calls/${encodeURIComponent(callId)}/assign`, { method: 'POST', body: confirmCoverageGap ? { vehicleId, confirmCoverageGap } : { vehicleId } });
}

/** The emergency centre refers the call's patient to a capable hospital; the call's ambulance carries the transfer. */
export function referCall(callId: string, request: SceneReferralRequest, idempotencyKey: string): Promise<ReferralView> {
  return api<ReferralView>(`/api/calls/${encodeURIComponent(callId)}/referral`,
    { method: 'POST', body: request, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function reassignCall(callId: string, vehicleId: string, reason: string, confirmCoverageGap?: string): Promise<Call> {
  return api<Call>(`/api/calls/${encodeURIComponent(callId)}/reassign`, { method: 'POST', body: confirmCoverageGap ? { vehicleId, reason, confirmCoverageGap } : { vehicleId, reason } });
}

export function cancelCall(callId: string, reason: string): Promise<Call> {
  return api<Call>(`/api/calls/${encodeURIComponent(callId)}/cancel`, { method: 'POST', body: { reason } });
}

export function fetchShiftFigures(): Promise<ShiftFigures | null> {
  return apiOptional<ShiftFigures>('/api/shift/figures');
}
