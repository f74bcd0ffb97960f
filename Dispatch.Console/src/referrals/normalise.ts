// The server sends referrals in two shapes: flat summaries (list, hub pushes) and views wrapping the full record
// (command answers). Both become one ReferralSummary here; states arrive camelCase ("enRouteToPatient").
import { PRIORITY_NAMES, type HospitalCandidate, type HospitalExclusion, type HospitalResponse, type ReferralSummary } from './types';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj).filter((x): x is Json => x !== undefined) : []);
const camel = (v: unknown): string | undefined => { const s = str(v); return s ? s.charAt(0).toLowerCase() + s.slice(1) : undefined; };
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

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
  // Summaries carry `clock`; the full record (a command's answer) carries the timeline and the budget fields.
  const clock = obj(r.clock);
  const timeline = obj(r.timeline);
  const vitals = obj(r.vitals) ?? obj(patient?.vitals);
  const parallel = strs(r.parallelOfferedHospitalIds);
  const offeredAll = Array.isArray(r.offeredHospitalIds) ? strs(r.offeredHospitalIds) : offered ? [offered, ...parallel.filter((h) => h !== offered)] : [];
  const staff = r.accompanyingStaff ?? request?.accompanyingStaff;
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
    offeredHospitalIds: offeredAll,
    clock: {
      requestedAt: str(clock?.requestedAt) ?? str(timeline?.requestedAt) ?? str(r.createdAt),
      acceptanceDueAt: str(clock?.acceptanceDueAt) ?? str(r.acceptanceDueAt) ?? null,
      acceptedAt: str(clock?.acceptedAt) ?? str(timeline?.acceptedAt) ?? null,
      budgetEscalatedAt: str(clock?.budgetEscalatedAt) ?? str(r.budgetEscalatedAt) ?? null,
      parallelWidth: num(clock?.parallelWidth) ?? num(r.parallelWidth),
    },
    vitals: vitals ? {
      spO2: num(vitals.spO2) ?? null,
      heartRate: num(vitals.heartRate) ?? null,
      systolicBp: num(vitals.systolicBp) ?? null,
      diastolicBp: num(vitals.diastolicBp) ?? null,
      respiratoryRate: num(vitals.respiratoryRate) ?? null,
      consciousness: camel(vitals.consciousness) ?? null,
    } : null,
    accompanyingStaff: list(staff).map((x) => ({ name: str(x.name) ?? '', role: str(x.role) ?? '', phone: str(x.phone) ?? null })),
    responses: list(r.responses).map((x): HospitalResponse => ({
      hospitalId: str(x.hospitalId) ?? '', offerNumber: num(x.offerNumber), outcome: str(x.outcome) ?? '', reason: str(x.reason) ?? null, at: str(x.at),
    })),
    candidates: list(r.candidates).map((x): HospitalCandidate => ({
      hospitalId: str(x.hospitalId) ?? '', name: str(x.name), estimatedMinutes: num(x.estimatedMinutes) ?? null, distanceKm: num(x.distanceKm) ?? null,
    })),
    nextCandidate: num(r.nextCandidate),
    exclusions: list(r.exclusions).map(exclusionOf),
    reservedBed: obj(r.reservedBed) ? {
      hospitalId: str(obj(r.reservedBed)?.hospitalId) ?? '',
      capability: str(obj(r.reservedBed)?.capability) ?? '',
      releasedAt: str(obj(r.reservedBed)?.releasedAt) ?? null,
      occupiedAt: str(obj(r.reservedBed)?.occupiedAt) ?? null,
    } : null,
    patient: {
      age: num(patient?.age ?? r.age),
      sex: str(patient?.sex ?? r.sex),
      tier: str(patient?.tier ?? r.tier),
      condition: str(patient?.condition ?? r.condition),
    },
  };
}

/** Exclusions come from summaries, the ranking preview and problem details alike. */
export function exclusionOf(x: Record<string, unknown>): HospitalExclusion {
  return {
    hospitalId: str(x.hospitalId) ?? '',
    name: str(x.name),
    reason: camel(x.reason) ?? '',
    capabilities: Array.isArray(x.capabilities) ? strs(x.capabilities) : null,
    minutes: num(x.minutes) ?? null,
    limitMinutes: num(x.limitMinutes) ?? null,
    skippedAt: str(x.skippedAt) ?? null,
  };
}
