// Coordinates typed or pasted by a call-taker. Chinese map apps do not show WGS-84: AMap and Tencent use GCJ-02 and
// Baidu uses BD-09, both shifted by a few hundred metres from the OpenStreetMap roads we route on, so a pasted point
// is converted to WGS-84 before it becomes a call's location.

export type Datum = 'wgs84' | 'gcj02' | 'bd09';
export const DATUMS: readonly Datum[] = ['wgs84', 'gcj02', 'bd09'];

export interface LonLat { lon: number; lat: number }

/**
 * Two decimal numbers in either order ("104.0735, 30.6743" or "30.6743 104.0735"). In China the longitude (73–135)
 * is always the larger of the two (latitude 18–54), which decides the order. null when it is not two numbers in range.
 */
export function parseLonLat(text: string): LonLat | null {
  const numbers = text.trim().split(/[\s,，;；]+/).filter(Boolean).map(Number);
  if (numbers.length !== 2 || numbers.some((n) => !Number.isFinite(n))) return null;
  const [a, b] = numbers;
  const lon = Math.max(a, b), lat = Math.min(a, b);
  if (lon < 73 || lon > 136 || lat < 3 || lat > 54) return null;
  return { lon, lat };
}

const A = 6378245.0;              // Krasovsky 1940 semi-major axis, as GCJ-02 uses
const EE = 0.00669342162296594323;
const X_PI = (Math.PI * 3000.0) / 180.0;

function offsetLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function offsetLon(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/** WGS-84 → GCJ-02 (the published forward shift). */
export function wgsToGcj({ lon, lat }: LonLat): LonLat {
  const dLat = offsetLat(lon - 105.0, lat - 35.0);
  const dLon = offsetLon(lon - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  return {
    lon: lon + (dLon * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI),
    lat: lat + (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI),
  };
}

/** GCJ-02 → WGS-84: the shift has no closed inverse, so iterate; four rounds bring it well under a centimetre. */
export function gcjToWgs(gcj: LonLat): LonLat {
  let wgs = { ...gcj };
  for (let i = 0; i < 6; i++) {
    const back = wgsToGcj(wgs);
    wgs = { lon: wgs.lon - (back.lon - gcj.lon), lat: wgs.lat - (back.lat - gcj.lat) };
  }
  return wgs;
}

/** BD-09 → GCJ-02 (Baidu's extra rotation and offset on top of GCJ-02). */
export function bdToGcj({ lon, lat }: LonLat): LonLat {
  const x = lon - 0.0065, y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return { lon: z * Math.cos(theta), lat: z * Math.sin(theta) };
}

export function toWgs84(point: LonLat, datum: Datum): LonLat {
  if (datum === 'gcj02') return gcjToWgs(point);
  if (datum === 'bd09') return gcjToWgs(bdToGcj(point));
  return point;
}
