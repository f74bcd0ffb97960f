// Which open calls and referrals have a vehicle on the road, in which phase, and where it is heading.
import type { CallSummary } from '../calls/api';
import type { Facilities, Hospital } from '../facilities/types';
import { hospitalOf, type ReferralState, type ReferralSummary } from '../referrals/types';
import type { CallStatus } from '../api/contract';
import type { LonLat } from './api';
import { distanceMeters, type Phase } from './eta';
import type { Mission } from './mission-route';

// Keyed by the contract's own state names, so a renamed state fails the type check instead of silently hiding routes.
const REFERRAL_PHASE: Partial<Record<ReferralState, Phase>> = { vehicleAssigned: 'toPatient', enRouteToPatient: 'toPatient', inTransfer: 'toHospital' };
const CALL_PHASE: Partial<Record<CallStatus, Phase>> = { dispatched: 'toPatient', enRoute: 'toPatient', transporting: 'toHospital' };

function place(facilities: Facilities, id: string | null | undefined): LonLat | null {
  if (!id) return null;
  const f = facilities.hospitals.find((x) => x.id === id) ?? facilities.grassroots.find((x) => x.id === id);
  return f && Number.isFinite(f.lon) && Number.isFinite(f.lat) ? { lon: f.lon, lat: f.lat } : null;
}

function nearestHospital(hospitals: Hospital[], to: LonLat): LonLat | null {
  let best: Hospital | null = null;
  let bestMeters = Infinity;
  for (const hosp of hospitals) {
    const d = distanceMeters(hosp, to);
    if (d < bestMeters) { best = hosp; bestMeters = d; }
  }
  return best ? { lon: best.lon, lat: best.lat } : null;
}

export function referralMissions(list: Iterable<ReferralSummary>, facilities: Facilities): Mission[] {
  const out: Mission[] = [];
  for (const r of list) {
    const phase = REFERRAL_PHASE[r.state];
    if (!phase || !r.vehicleId) continue;
    const target = phase === 'toPatient' ? place(facilities, r.facilityId) : place(facilities, hospitalOf(r));
    if (target) out.push({ id: r.id, vehicleId: r.vehicleId, phase, target });
  }
  return out;
}

export function callMissions(list: Iterable<CallSummary & { destinationHospitalId?: string | null }>, facilities: Facilities): Mission[] {
  const out: Mission[] = [];
  for (const c of list) {
    const phase = c.status ? CALL_PHASE[c.status] : undefined;
    const at = c.location;
    if (!phase || !c.vehicleId || !at || !Number.isFinite(at.lon) || !Number.isFinite(at.lat)) continue;
    // Without a named destination the crew takes an emergency patient to the nearest hospital.
    const target = phase === 'toPatient' ? { lon: at.lon, lat: at.lat }
      : place(facilities, c.destinationHospitalId) ?? nearestHospital(facilities.hospitals, at);
    if (target) out.push({ id: c.id, vehicleId: c.vehicleId, phase, target });
  }
  return out;
}
