// Live timers on call and referral cards: time since the vehicle was sent while it has not rolled, and time with
// the patient while it has not left. Past the centre's limits (from the server's shift figures) they turn to a warning.
import { h } from '../ui/dom';
import { t } from '../i18n';
import type { CallSummary } from './api';
import type { ReferralSummary } from '../referrals/types';

const limits = { departureSeconds: 180, onSceneSeconds: 1200 };

/** The server's limits (Oversight:DepartureLimitSeconds, Oversight:OnSceneLimitSeconds). */
export function setMissionLimits(departureSeconds?: number | null, onSceneSeconds?: number | null): void {
  if (typeof departureSeconds === 'number' && departureSeconds > 0) limits.departureSeconds = departureSeconds;
  if (typeof onSceneSeconds === 'number' && onSceneSeconds > 0) limits.onSceneSeconds = onSceneSeconds;
}

interface Clock { el: HTMLElement; since: number; limit: number; label: 'timer.departure' | 'timer.onScene' }
const live = new Set<Clock>();
let ticker = 0;

function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function paint(c: Clock, now = Date.now()): void {
  const seconds = (now - c.since) / 1000;
  const over = seconds > c.limit;
  c.el.classList.toggle('is-overdue', over);
  c.el.dataset.overdue = String(over);
  c.el.textContent = t(over ? (c.label === 'timer.departure' ? 'timer.departureOverdue' : 'timer.onSceneOverdue') : c.label,
    { time: clockText(seconds), limit: clockText(c.limit) });
}

function tick(): void {
  const now = Date.now();
  for (const c of live) {
    if (!c.el.isConnected) live.delete(c);
    else paint(c, now);
  }
  if (!live.size) {
    window.clearInterval(ticker);
    ticker = 0;
  }
}

function timer(label: Clock['label'], sinceIso: string, limit: number): HTMLElement | null {
  const since = Date.parse(sinceIso);
  if (Number.isNaN(since)) return null;
  const c: Clock = { el: h('div', { class: `mission-timer timer-${label === 'timer.departure' ? 'departure' : 'on-scene'}` }), since, limit, label };
  paint(c);
  live.add(c);
  if (!ticker) ticker = window.setInterval(tick, 1000);
  return c.el;
}

/** The timer a mission shows now, from its EMS timestamps; null when no clock is running. */
export function missionTimer(dispatched?: string | null, enRoute?: string | null, atPatient?: string | null, leftScene?: string | null): HTMLElement | null {
  if (dispatched && !enRoute && !atPatient) return timer('timer.departure', dispatched, limits.departureSeconds);
  if (atPatient && !leftScene) return timer('timer.onScene', atPatient, limits.onSceneSeconds);
  return null;
}

export function callTimer(c: CallSummary): HTMLElement | null {
  if (c.referralId) return null;
  const ts = c.timestamps ?? {};
  return missionTimer(ts.dispatched, ts.enRoute, ts.onScene, (ts as { leftScene?: string | null }).leftScene);
}

export function referralTimer(r: ReferralSummary): HTMLElement | null {
  const tl = r.timeline;
  if (!tl || !r.vehicleId) return null;
  return missionTimer(tl.unitNotifiedAt, tl.enRouteAt, tl.atPatientAt, tl.patientOnBoardAt);
}
