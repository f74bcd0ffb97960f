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
  state?: ReferralState | string;
  priority?: number;
  facilityId?: string;
  hospitalId?: string | null;
  vehicleId?: string | null;
  version?: number;
  updatedAt?: string;
  /** When the current hospital offer times out (state Offered). */
  offerExpiresAt?: string | null;
  requiredCapabilities?: string[];
  patient?: PatientSummary | null;
}

/** Body of POST /api/referrals (green-channel request from a grassroots doctor). */
export interface ReferralRequest {
  facilityId?: string;
  patient: {
    age: number;
    sex: Sex;
    tier: Tier;
    condition: string;
    vitals: { spo2: number; heartRate: number; systolic: number; diastolic: number; respiratoryRate: number; consciousness: Consciousness };
  };
  requiredCapabilities: string[];
  priority: 1 | 2 | 3 | 4;
  accompanyingStaff: string;
}

export function isReferralSummary(value: unknown): value is ReferralSummary {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}
