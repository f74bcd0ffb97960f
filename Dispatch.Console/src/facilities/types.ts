// Facility shapes from GET /api/facilities.
export const CAPABILITIES = ['icu', 'pci', 'stroke', 'dialysis', 'obstetrics', 'nicu', 'paediatrics', 'feverClinic', 'negativePressure'] as const;
export type Capability = (typeof CAPABILITIES)[number];
export type HospitalLevel = 'tertiary' | 'secondary' | 'primary';
export type GrassrootsKind = 'townshipHealthCentre' | 'communityHealthCentre' | 'villageClinic';

export interface Hospital {
  id: string;
  name: string;
  nameEn: string;
  lon: number;
  lat: number;
  level: HospitalLevel;
  capabilities: string[];
  beds: Record<string, number>;
  /** Beds per capability held for accepted patients (or taken by those handed over since the last count). */
  bedsHeld?: Record<string, number>;
  onDiversion: boolean;
}

export interface GrassrootsFacility {
  id: string;
  name: string;
  nameEn: string;
  lon: number;
  lat: number;
  kind: GrassrootsKind;
}

export interface Facilities {
  hospitals: Hospital[];
  grassroots: GrassrootsFacility[];
}
