// The server sends referrals in two shapes: flat summaries (list, hub pushes) and views wrapping the full record
// (command answers). Both become one ReferralSummary here; states arrive camelCase ("enRouteToPatient").
import { PRIORITY_NAMES, type ReferralSummary } from './types';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function pascal(state: string): string {
  return state ? state.charAt(0).toUpperCase() + state.slice(1) : state;
}

function priorityOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const i = typeof v === 'string' ? PRIORITY_NAMES.indexOf(v as (typeof PRIORITY_NAMES)[number]) : -1;
  return i >= 0 ? i + 1 : undefined;
}

export function normaliseReferral(raw: unknown): ReferralSummary | null {
  const outer = obj(raw);
  if (!outer) return null;
  const r = obj(outer.referral) ?? outer;
  const id = str(r.id);
  if (!id) return null;
  const request = obj(r.request);
  const patient = obj(request?.patient) ?? obj(r.patient);
  const offered = str(r.offeredHospitalId) ?? null;
  const accepted = str(r.acceptedHospitalId) ?? null;
  const caps = r.requiredCapabilities ?? request?.requiredCapabilities;
  const state = str(r.state);
  const origin = obj(r.origin);
  const lon = num(origin?.lon), lat = num(origin?.lat);
  return {
    id,
    number: str(r.number) ?? null,
    state: state ? pascal(state) : undefined,
    fhirStatus: str(r.fhirStatus),
    priority: priorityOf(r.priority ?? request?.priority),
    facilityId: str(r.facilityId) ?? str(request?.requestingFacilityId),
    offeredHospitalId: offered,
    acceptedHospitalId: accepted,
    hospitalId: accepted ?? offered ?? str(r.hospitalId) ?? null,
    vehicleId: str(r.vehicleId) ?? null,
    version: num(r.version),
    updatedAt: str(r.updatedAt),
    offerExpiresAt: str(r.offerExpiresAt) ?? null,
    reason: str(r.reason) ?? null,
    callId: str(r.callId) ?? null,
    // A command's answer carries the actions beside the record; a list or a push carries them inside.
    permittedActions: Array.isArray(outer.permittedActions ?? r.permittedActions)
      ? ((outer.permittedActions ?? r.permittedActions) as unknown[]).filter((a): a is string => typeof a === 'string') : undefined,
    timeline: (obj(r.timeline) as ReferralSummary['timeline']) ?? null,
    vehicleAtPatient: r.vehicleAtPatient === true || typeof obj(r.timeline)?.atPatientAt === 'string',
    origin: lon !== undefined && lat !== undefined ? { lon, lat } : null,
    requiredCapabilities: Array.isArray(caps) ? caps.filter((c): c is string => typeof c === 'string') : [],
    patient: {
      age: num(patient?.age ?? r.age),
      sex: str(patient?.sex ?? r.sex),
      tier: str(patient?.tier ?? r.tier),
      condition: str(patient?.condition ?? r.condition),
    },
  };
}
