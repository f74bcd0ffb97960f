// Shapes of /api/register (see the OpenAPI document): codes travel as camelCase strings, times as ISO strings.
export type TierCode = 'red' | 'yellow' | 'green';

export const CATEGORIES = ['over65', 'pregnant', 'child', 'disability', 'hypertension', 'diabetes', 'chronicLungDisease', 'heartDisease',
  'kidneyFailureOnDialysis', 'cancer', 'livesAlone', 'livesWithDisabledChildOnly'] as const;
export const CHANNELS = ['phone', 'weChat', 'video', 'homeVisit'] as const;
export const INFECTIONS = ['notTested', 'negative', 'antigenPositive', 'pcrPositive'] as const;
export const SYMPTOMS = ['fever', 'cough', 'soreThroat', 'fatigue', 'diarrhoea', 'shortnessOfBreath', 'chestPain', 'confusion'] as const;
export const ADVICE = ['homeCare', 'medicationGuidance', 'refer'] as const;

export interface PersonListItem {
  id: string;
  name: string;
  sex: string;
  age: number;
  tier: TierCode;
  tierOverridden: boolean;
  team: string;
  village: string;
  phone: string;
  idCard: string | null;
  categories: string[];
  infected: boolean;
  dueAt: string | null;
  overdueHours: number | null;
  lastContactAt: string | null;
  lastSpO2: number | null;
  invented: boolean;
}

export interface PersonPageList { items: PersonListItem[]; total: number; page: number; pageSize: number }

export interface PersonView {
  id: string; facilityId: string; name: string; sex: string; birthDate: string; age: number; phone: string; idCard: string | null;
  village: string; lon: number; lat: number; categories: string[]; tier: TierCode; tierReason: string; tierOverridden: boolean;
  suggestedTier: TierCode; suggestedReason: string; team: string; familyDoctor: string; healthPackAt: string | null; oximeterAt: string | null;
  toldHotline: boolean; infected: boolean; infectedSince: string | null; lastContactAt: string | null; lastSpO2: number | null;
  dueAt: string | null; overdue: boolean; invented: boolean; createdAt: string;
}

export interface ContactRow {
  id: number; at: string; channel: string; byUser: string; infection: string; infectionDate: string | null; symptoms: string[];
  temperature: number | null; spo2: number | null; heartRate: number | null; advice: string; note: string | null;
}

export interface TierChange { at: string; byUser: string; fromTier: string | null; toTier: string; reason: string; overridden: boolean }
export interface ReferralEvent { referralId: string; version: number; at: string; state: string; hospitalId: string | null; reason: string | null }

export interface PersonPage { person: PersonView; contacts: ContactRow[]; tierHistory: TierChange[]; referrals: ReferralEvent[] }

export interface NewContact {
  at?: string | null; channel: string; infection: string; infectionDate?: string | null; symptoms: string[];
  temperature?: number | null; spO2?: number | null; heartRate?: number | null; advice: string; note?: string | null;
}

export interface ContactRecorded { person: PersonListItem; contactId: number; alert: string | null; alertReasons: string[] }

export interface RowProblem { row: number; field: string; reason: string; otherRow?: number | null }
export interface ImportReport { rows: number; imported: number; errors: RowProblem[]; skipped: RowProblem[] }

export interface MapPoint { id: string; name: string; tier: TierCode; lon: number; lat: number; infected: boolean; overdue: boolean }
export interface ComplianceRow { team: string; tier: TierCode; people: number; overdue: number; contactsThisWeek: number }

export interface RegisterAlert { personId: string; name: string; tier: TierCode; kind: 'referNow' | 'review'; reasons: string[]; spO2: number | null; at: string }

export interface PersonDetails {
  name: string; sex: string; birthDate: string; phone: string; idCardNumber?: string | null; village: string; lon: number; lat: number;
  categories: string[]; team: string; familyDoctor?: string | null; healthPackAt?: string | null; oximeterAt?: string | null; toldHotline: boolean;
  tier?: TierCode | null; tierReason?: string | null;
}
