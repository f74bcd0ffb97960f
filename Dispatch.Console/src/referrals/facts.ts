// What a referral card tells each role beyond its state: the live clocks (current offer, time since the request against
// the acceptance budget), vitals with abnormal values marked, reasons in the reader's language, and the offers so far.
import { h } from '../ui/dom';
import { t, tOr, type MessageKey } from '../i18n';
import { capabilityLabel } from '../facilities/labels';
import type { HospitalExclusion, ReferralSummary, VitalsView } from './types';

const WAITING = new Set(['Identified', 'Requested', 'Matching', 'Offered', 'Declined', 'Escalated']);

export function duration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(hh ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * Two live clocks for every referral card: the current offer's countdown, and how long the patient has waited since the
 * request (against the total budget) until a hospital accepts, then how long acceptance took.
 */
export function clockLine(r: ReferralSummary): HTMLElement | null {
  const c = r.clock;
  if (!c?.requestedAt) return null;
  const el = h('div', { class: 'ref-clock' },
    h('span', { class: 'clock-offer' }), h('span', { class: 'clock-wait' }), h('span', { class: 'clock-budget muted' }));
  el.dataset.requested = c.requestedAt;
  el.dataset.due = c.acceptanceDueAt ?? '';
  el.dataset.accepted = c.acceptedAt ?? '';
  el.dataset.expires = r.state === 'Offered' ? r.offerExpiresAt ?? '' : '';
  el.dataset.waiting = String(WAITING.has(r.state ?? ''));
  tickClock(el);
  startTicking();
  return el;
}

function tickClock(el: HTMLElement, now = Date.now()): void {
  const [offer, wait, budget] = [...el.children] as HTMLElement[];
  const requested = Date.parse(el.dataset.requested ?? '');
  const due = Date.parse(el.dataset.due ?? '');
  const accepted = Date.parse(el.dataset.accepted ?? '');
  const expires = Date.parse(el.dataset.expires ?? '');
  if (!Number.isNaN(expires)) {
    const left = (expires - now) / 1000;
    offer.textContent = left > 0 ? t('gc.offerLeft', { t: duration(left) }) : t('gc.offerExpired');
    offer.classList.toggle('is-urgent', left <= 60);
  } else offer.textContent = '';
  if (!Number.isNaN(accepted) && !Number.isNaN(requested)) {
    wait.textContent = t('gc.acceptedAfter', { t: duration((accepted - requested) / 1000) });
    wait.classList.remove('is-over');
    budget.textContent = '';
  } else if (el.dataset.waiting === 'true' && !Number.isNaN(requested)) {
    wait.textContent = t('gc.waited', { t: duration((now - requested) / 1000) });
    const over = !Number.isNaN(due) && now >= due;
    wait.classList.toggle('is-over', over);
    budget.textContent = Number.isNaN(due) ? '' : over ? t('gc.overBudget') : t('gc.budget', { m: Math.round((due - requested) / 60000) });
  } else {
    wait.textContent = '';
    budget.textContent = '';
  }
}

let ticking = 0;
function startTicking(): void {
  if (ticking) return;
  ticking = window.setInterval(() => {
    const now = Date.now();
    for (const el of document.querySelectorAll<HTMLElement>('.ref-clock')) tickClock(el, now);
  }, 1000);
}

/** Values a receiving doctor looks at first: SpO₂ < 93 %, systolic < 90 or > 180, RR > 30, anything but "alert". */
export function vitalsLine(v: VitalsView | null | undefined): HTMLElement | null {
  if (!v) return null;
  const item = (text: string, abnormal: boolean, name: string): HTMLElement =>
    h('span', { class: `vital${abnormal ? ' is-abnormal' : ''}`, 'data-vital': name }, text);
  const parts: HTMLElement[] = [];
  if (v.spO2 != null) parts.push(item(t('gc.spo2', { v: v.spO2 }), v.spO2 < 93, 'spo2'));
  if (v.systolicBp != null || v.diastolicBp != null)
    parts.push(item(t('gc.bp', { s: v.systolicBp ?? '—', d: v.diastolicBp ?? '—' }), v.systolicBp != null && (v.systolicBp < 90 || v.systolicBp > 180), 'bp'));
  if (v.heartRate != null) parts.push(item(t('gc.hr', { v: v.heartRate }), v.heartRate < 50 || v.heartRate > 120, 'hr'));
  if (v.respiratoryRate != null) parts.push(item(t('gc.rr', { v: v.respiratoryRate }), v.respiratoryRate > 30, 'rr'));
  if (v.consciousness) parts.push(item(tOr(`form.avpu.${v.consciousness}`, v.consciousness), v.consciousness !== 'alert', 'consciousness'));
  return parts.length ? h('div', { class: 'ref-vitals' }, h('span', { class: 'muted' }, t('gc.vitals')), ...parts) : null;
}

const DECLINE_CODES = ['noBed', 'noCapability', 'diversion', 'noSpecialist', 'equipment'] as const;

/** A reason the server or a hospital gave: known codes in the reader's language, typed text as typed. */
export function reasonText(reason: string | null | undefined): string {
  if (!reason) return '';
  if ((DECLINE_CODES as readonly string[]).includes(reason)) {
    return reason === 'noSpecialist' || reason === 'equipment' ? t(`gc.reason.${reason}`) : t(`hospital.reason.${reason}` as MessageKey);
  }
  return tOr(`gc.code.${reason}`, tOr(`reason.${reason}`, reason));
}

export function exclusionText(e: HospitalExclusion): string {
  const caps = (e.capabilities ?? []).map(capabilityLabel).join(t('gc.listSep'));
  let text: string;
  switch (e.reason) {
    case 'capabilityMissing': text = t('gc.excl.capabilityMissing', { caps }); break;
    case 'noBeds': text = caps ? t('gc.excl.noBeds', { caps }) : t('gc.excl.noBedsAny'); break;
    case 'onDiversion': text = t('gc.excl.onDiversion'); break;
    case 'outsideTimeWindow': text = t('gc.excl.outsideTimeWindow', { min: Math.round(e.minutes ?? 0), limit: Math.round(e.limitMinutes ?? 0) }); break;
    case 'unreachable': text = t('gc.excl.unreachable'); break;
    default: text = e.reason;
  }
  return e.skippedAt ? text + t('gc.skipped') : text;
}

/** The offers so far: who is asked now, and each earlier answer (refused, timed out, withdrawn) with its reason. */
export function offerHistory(r: ReferralSummary, names: (id: string | null | undefined) => string): HTMLElement | null {
  const asked = r.state === 'Offered' ? r.offeredHospitalIds ?? (r.offeredHospitalId ? [r.offeredHospitalId] : []) : [];
  const answers = r.responses ?? [];
  const skipped = (r.exclusions ?? []).filter((e) => e.skippedAt);
  if (!asked.length && !answers.length && !skipped.length && r.state !== 'Escalated') return null;
  const items: HTMLElement[] = [];
  if (asked.length) {
    items.push(h('li', { class: 'hist-now' }, h('b', {}, t('gc.nowAsking')), ' ', asked.map((id) => names(id)).join(t('gc.listSep')),
      asked.length > 1 ? h('span', { class: 'muted' }, ` · ${t('gc.parallel', { n: asked.length })}`) : null));
  }
  for (const a of [...answers].reverse()) {
    const outcome = tOr(`gc.outcome.${a.outcome}`, a.outcome);
    // A timeout's or a withdrawal's reason only repeats the outcome; a refusal's says why.
    items.push(h('li', { class: `hist-${a.outcome}` }, h('b', {}, names(a.hospitalId)), ' ',
      a.reason && a.outcome === 'declined' ? t('gc.colon', { a: outcome, b: reasonText(a.reason) }) : outcome));
  }
  for (const e of skipped) items.push(h('li', { class: 'hist-skipped' }, h('b', {}, names(e.hospitalId) || e.name || ''), ' ', exclusionText(e)));
  return h('details', { class: 'ref-history', open: r.state !== 'HandedOver' },
    h('summary', {}, t('gc.history'), r.state === 'Escalated' && r.reason ? h('span', { class: 'hist-escalated' }, ` · ${t('gc.escalated', { reason: reasonText(r.reason) })}`) : null),
    h('ul', {}, ...items));
}
