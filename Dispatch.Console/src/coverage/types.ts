// Shapes of /api/coverage and the CoverageChanged hub event (see the server's OpenAPI document).
export interface ZoneCoverage {
  id: string;
  name: string;
  nameEn?: string | null;
  township: boolean;
  targetMinutes: number;
  demandShare: number;
  coveredShare: number;
  coveredTwiceShare: number;
  meanMinutes: number;
  ambulances: number;
}

export interface ZoneEffect {
  zoneId: string;
  name: string;
  nameEn?: string | null;
  township: boolean;
  shareBefore: number;
  shareAfter: number;
  minutesBefore: number;
  minutesAfter: number;
}

export interface MoveUp {
  vehicleId: string;
  callSign: string;
  callSignEn?: string | null;
  postId: string;
  postName: string;
  postNameEn?: string | null;
  postKind: string;
  gainShare: number;
  shareAfter: number;
  leftBelowTarget: ZoneEffect[];
}

export interface CoverageView {
  version: number;
  at: string;
  coveredShare: number;
  coveredTwiceShare: number;
  shiftShare?: number | null;
  belowThreshold: boolean;
  threshold: number;
  ambulances: number;
  approximate: boolean;
  zones: ZoneCoverage[];
  suggestions: MoveUp[];
  /** One digit per grid cell: 0 within target, 1 within the outer band, 2 beyond, 3 unreached. */
  bands: string;
}

export interface StandbyPost {
  id: string;
  name: string;
  nameEn?: string | null;
  kind: string;
  lon: number;
  lat: number;
}

export interface CoverageGrid {
  cellMeters: number;
  halfLon: number;
  halfLat: number;
  cells: { lon: number; lat: number; zone: number }[];
  zones: ZoneCoverage[];
  posts: StandbyPost[];
}

export interface CoverageGap {
  zoneId: string;
  name: string;
  nameEn?: string | null;
  shareAfter: number;
  minutesAfter: number;
}

export interface AssignmentCost {
  vehicleId: string;
  counted: boolean;
  lostShare: number;
  worstZone?: ZoneEffect | null;
  gap?: CoverageGap | null;
}

export function isCoverageView(raw: unknown): raw is CoverageView {
  const v = raw as CoverageView | null;
  return !!v && typeof v === 'object' && typeof v.coveredShare === 'number' && typeof v.bands === 'string' && Array.isArray(v.zones) && Array.isArray(v.suggestions);
}
