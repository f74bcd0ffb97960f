// Referral summaries as pushed by ReferralChanged and listed by GET /api/referrals.
// The server's shape is still being settled, so every field but id is treated as optional.
export const REFERRAL_STATES = ['Identified', 'Requested', 'Matching', 'Offered', 'Accepted', 'VehicleAssigned', 'EnRouteToPatient',
  'InTransfer', 'ArrivedAtHospital', 'HandedOver', 'Declined', 'Escalated', 'Cancelled', 'Failed'] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

export const TERMINAL_STATES: ReadonlySet<string> = new Set(['HandedOver', 'Cancelled', 'Failed']);

export type Tier = 'red' | 'yellow' | 'green';
export type Sex = 'male' | 'female' | 'unknown';
export type Consciousness = 'alert' | 'voice' | 'pain' | 'unresponsive';

export interface PatientSummary {
  age?: number;
  sex?: Sex | string;
  tier?: Tier | string;
  condition?: string;
}

export interface ReferralSummary {
  id: string;
  /** The readable number (ZZ20261205-0007); absent on referrals stored before numbers existed. */
  number?: string | null;
  state?: ReferralState | string;
  priority?: number;
  facilityId?: string;
  /** The hospital concerned now: the accepting one, else the one being asked. */
  hospitalId?: string | null;
  offeredHospitalId?: string | null;
  acceptedHospitalId?: string | null;
  /** FHIR Task status, for display beside the state. */
  fhirStatus?: string;
  /** Why it was declined, cancelled, escalated or failed. */
  reason?: string | null;
  vehicleId?: string | null;
  version?: number;
  updatedAt?: string;
  /** When the current hospital offer times out (state Offered). */
  offerExpiresAt?: string | null;
  requiredCapabilities?: string[];
  patient?: PatientSummary | null;
  /** The 120 call it grew out of (the emergency centre referred the patient from the scene). */
  callId?: string | null;
  /** Where the patient waits when not at the requesting facility (the scene of that call). */
  origin?: { lon: number; lat: number } | null;
  /** What the signed-in user may do now, as the server decides (camelCase actions: match, offer, assignVehicle, cancel…). */
  permittedActions?: string[];
  /** EMS timestamps; the dispatcher's timers read unitNotifiedAt, enRouteAt and atPatientAt. */
  timeline?: { requestedAt?: string | null; acceptedAt?: string | null; unitNotifiedAt?: string | null; enRouteAt?: string | null;
    atPatientAt?: string | null; patientOnBoardAt?: string | null } | null;
  /** The crew has reported being with the patient (it may be before any hospital accepted). */
  vehicleAtPatient?: boolean;
  /** Every hospital asked now (several when offered in parallel). */
  offeredHospitalIds?: string[];
  clock?: ReferralClock;
  vitals?: VitalsView | null;
  accompanyingStaff?: { name: string; role: string; phone?: string | null }[];
  /** Each refusal, timeout and withdrawal so far, oldest first. */
  responses?: HospitalResponse[];
  /** The ranking, best first; the first `nextCandidate` have had their turn. */
  candidates?: HospitalCandidate[];
  nextCandidate?: number;
  exclusions?: HospitalExclusion[];
  reservedBed?: { hospitalId: string; capability: string; releasedAt?: string | null; occupiedAt?: string | null } | null;
}

export interface ReferralClock {
  requestedAt?: string;
  acceptanceDueAt?: string | null;
  acceptedAt?: string | null;
  budgetEscalatedAt?: string | null;
  parallelWidth?: number;
}

export interface VitalsView {
  spO2?: number | null;
  heartRate?: number | null;
  systolicBp?: number | null;
  diastolicBp?: number | null;
  respiratoryRate?: number | null;
  consciousness?: string | null;
}

export interface HospitalResponse { hospitalId: string; offerNumber?: number; outcome: string; reason?: string | null; at?: string }
export interface HospitalCandidate { hospitalId: string; name?: string; estimatedMinutes?: number | null; distanceKm?: number | null }
export interface HospitalExclusion {
  hospitalId: string;
  name?: string;
  /** camelCase code: capabilityMissing, noBeds, onDiversion, outsideTimeWindow, unreachable. */
  reason: string;
  capabilities?: string[] | null;
  minutes?: number | null;
  limitMinutes?: number | null;
  skippedAt?: string | null;
}

export type PriorityName = 'immediate' | 'veryUrgent' | 'urgent' | 'standard';
export const PRIORITY_NAMES: readonly PriorityName[] = ['immediate', 'veryUrgent', 'urgent', 'standard'];

/** Body of POST /api/referrals (green-channel request from a grassroots doctor); enums are camelCase strings, priority a number. */
export interface ReferralRequest {
  requestingFacilityId: string;
  patient: {
    age: number;
    sex: Sex;
    tier: Tier;
    condition: string;
    vitals: { spO2: number; heartRate: number; systolicBp: number; diastolicBp: number; respiratoryRate: number; consciousness: Consciousness };
  };
  requiredCapabilities: string[];
  /** 1 (most urgent) to 4, as a number (earlier server builds took names; see normalise.ts for reading both). */
  priority: 1 | 2 | 3 | 4;
  accompanyingStaff: { name: string; role: string; phone?: string }[];
}

/** What people call a referral: its number, or a short id for one stored before numbers existed. */
export function referralNumber(r: Pick<ReferralSummary, 'id' | 'number'>): string {
  return r.number ?? `#${r.id.slice(0, 8)}`;
}

export function isReferralSummary(value: unknown): value is ReferralSummary {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}
