// ETA arithmetic and wording: the route's travel time less the time since it was computed, never below zero.
import { h } from '../ui/dom';
import { formatTime, t } from '../i18n';

export type Phase = 'toPatient' | 'toHospital';

const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres; good enough for "has the vehicle moved 150 m". */
export function distanceMeters(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}

export function remainingSeconds(routeSeconds: number, computedAt: number, now: number): number {
  return Math.max(0, routeSeconds - Math.max(0, now - computedAt) / 1000);
}

/** "预计 6 分钟到达患者 · 14:32" / "ETA 6 min to patient · 14:32". */
export function etaText(phase: Phase, seconds: number, now = Date.now()): string {
  const arrival = formatTime(new Date(now + seconds * 1000), false);
  if (seconds < 30) return t(phase === 'toPatient' ? 'eta.arrivingPatient' : 'eta.arrivingHospital', { time: arrival });
  const minutes = Math.max(1, Math.round(seconds / 60));
  return t(phase === 'toPatient' ? 'eta.toPatient' : 'eta.toHospital', { n: minutes, time: arrival });
}

export interface EtaSource {
  eta(missionId: string): { phase: Phase; etaSeconds: number } | null;
}

/** An empty ETA line for a referral card, filled (and kept current) by refreshEtaLines. */
export function etaLine(missionId: string): HTMLElement {
  return h('div', { class: 'ref-eta', 'data-mission': missionId, hidden: true });
}

export function refreshEtaLines(root: ParentNode, source: EtaSource): void {
  const now = Date.now();
  for (const el of root.querySelectorAll<HTMLElement>('.ref-eta[data-mission]')) {
    const eta = source.eta(el.dataset.mission ?? '');
    el.hidden = eta === null;
    const text = eta ? etaText(eta.phase, eta.etaSeconds, now) : '';
    if (el.textContent !== text) el.textContent = text;
    el.classList.toggle('phase-toPatient', eta?.phase === 'toPatient');
    el.classList.toggle('phase-toHospital', eta?.phase === 'toHospital');
  }
}
