// Incoming offers for this hospital: everything needed to decide (patient, vitals with abnormal values marked, needs,
// who sends and who comes along, road distance and time, the ambulance), a live countdown, accept / decline with a reason.
import { h } from '../../ui/dom';
import { t } from '../../i18n';
import { toast } from '../../ui/banners';
import { ApiError } from '../../auth/http';
import { failureText } from '../../ui/failure';
import { acceptOffer, declineOffer } from '../../referrals/api';
import { patientParts, stateLabel, tierChip } from '../../referrals/labels';
import { clockLine, exclusionText, vitalsLine } from '../../referrals/facts';
import { failedCheck, showCheckWarning } from '../../referrals/check-warning';
import { capabilityLabel } from '../../facilities/labels';
import type { ReferralStore } from '../../referrals/store';
import { referralNumber, type HospitalExclusion, type ReferralSummary, type WithdrawalReason } from '../../referrals/types';

const DECLINE_REASONS = ['noBed', 'noCapability', 'diversion', 'noSpecialist', 'equipment', 'other'] as const;
type DeclineReason = (typeof DECLINE_REASONS)[number];

export function countdownText(expiresAt: string | null | undefined, now = Date.now()): { text: string; urgent: boolean; expired: boolean } {
  const end = expiresAt ? Date.parse(expiresAt) : NaN;
  if (Number.isNaN(end)) return { text: '', urgent: false, expired: false };
  const left = Math.round((end - now) / 1000);
  if (left <= 0) return { text: t('hospital.expired'), urgent: true, expired: true };
  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return { text: `${t('hospital.expiresIn')} ${mm}:${ss}`, urgent: left <= 60, expired: false };
}

/** Acceptances refused for want of a free bed, by referral, until the desk confirms or goes back. */
const bedWarnings = new Map<string, HospitalExclusion>();

function describeConflict(err: unknown): string {
  if (!(err instanceof ApiError)) return t('err.generic');
  if (err.notAvailable) return t('err.notFound');
  const code = (err.problem as { code?: unknown } | null)?.code;
  if (code === 'acceptedElsewhere') return t('gc.withdrawn.acceptedElsewhere');
  // 409: another hospital won or the offer timed out; the server says which.
  return err.status === 409 ? t('hospital.conflict', { reason: failureText(err) }) : failureText(err);
}

function reasonLabel(k: DeclineReason): string {
  return k === 'noSpecialist' || k === 'equipment' ? t(`gc.reason.${k}`) : t(`hospital.reason.${k}`);
}

/** The facts of an offer, shared by the live card and a withdrawn one. */
function offerFacts(r: ReferralSummary, hospitalId: string | undefined, names: (id: string | null | undefined) => string,
  vehicle: (id: string) => string): HTMLElement[] {
  const road = r.candidates.find((c) => c.hospitalId === hospitalId);
  const roadText = road?.estimatedMinutes != null
    ? road.distanceKm != null
      ? t('gc.road', { km: road.distanceKm.toFixed(1), min: Math.round(road.estimatedMinutes) })
      : t('gc.roadMinutes', { min: Math.round(road.estimatedMinutes) })
    : t('gc.roadUnknown');
  const staff = r.accompanyingStaff.map((s) => t('gc.paren', {
    a: s.name,
    b: `${t(`form.staffRole.${s.role === 'doctor' || s.role === 'nurse' ? s.role : 'other'}`)}${s.phone ? ` ${s.phone}` : ''}`,
  })).join(t('gc.listSep'));
  const priority = typeof r.priority === 'number' ? h('span', { class: `prio prio-${r.priority}` }, t('ref.priorityN', { n: r.priority })) : null;
  return [
    h('div', { class: 'ref-head' }, priority, tierChip(r.tier),
      h('span', { class: 'ref-state' }, stateLabel(r.state, r.vehicleAtPatient)), h('span', { class: 'ref-id muted' }, referralNumber(r))),
    h('div', { class: 'ref-patient' }, ...patientParts(r)),
    vitalsLine(r.vitals),
    h('dl', { class: 'offer-facts' },
      h('dt', {}, t('gc.requiredCaps')),
      h('dd', { class: 'cap-badges' }, ...r.requiredCapabilities.map((c) => h('span', { class: 'cap-badge' }, capabilityLabel(c)))),
      h('dt', {}, t('gc.fromFacility')), h('dd', { 'data-fact': 'facility' }, r.callId ? t('ref.fromCall', { id: r.callId }) : names(r.facilityId)),
      h('dt', {}, t('gc.staff')), h('dd', { 'data-fact': 'staff', translate: staff ? 'no' : null }, staff || t('gc.noStaff')),
      h('dt', {}, t('ref.to')), h('dd', { 'data-fact': 'road' }, roadText),
      h('dt', {}, t('ref.vehicle')), h('dd', { 'data-fact': 'vehicle' }, r.vehicleId ? vehicle(r.vehicleId) : t('gc.noVehicle'))),
  ].filter((x): x is HTMLElement => x !== null);
}

export function offerCard(r: ReferralSummary, store: ReferralStore, names: (id: string | null | undefined) => string,
  hospitalId?: string, vehicle: (id: string) => string = (id) => id, onAnswer: (id: string) => void = () => undefined): HTMLElement {
  const countdown = h('span', { class: 'countdown', 'data-expires': r.offerExpiresAt ?? '' });
  const accept = h('button', { type: 'button', class: 'btn btn-accept' }, t('hospital.accept'));
  const reason = h('select', { class: 'input input-small', 'aria-label': t('hospital.declineReason') },
    ...DECLINE_REASONS.map((k) => h('option', { value: k }, reasonLabel(k))));
  const other = h('input', { class: 'input input-small decline-other', maxlength: 200, placeholder: t('gc.otherReason'), 'aria-label': t('gc.otherReason'), hidden: true });
  reason.addEventListener('change', () => {
    other.hidden = reason.value !== 'other';
    if (!other.hidden) other.focus();
  });
  const decline = h('button', { type: 'button', class: 'btn btn-decline' }, t('hospital.decline'));
  const busy = (on: boolean): void => { accept.disabled = on; decline.disabled = on; };
  const settle = (p: Promise<ReferralSummary | null>, done: string): void => {
    onAnswer(r.id);
    busy(true);
    p.then((s) => { if (s?.id) store.upsert(s); toast(done, 'success'); })
      .catch((err: unknown) => toast(describeConflict(err), 'error'))
      .finally(() => busy(false));
  };
  // The last free bed may have gone to another patient since the offer: the desk takes this one beyond its count
  // only once it has read which bed is missing and confirms. The warning outlives the board's redraws (a push, the
  // focus leaving the card) until the desk answers it.
  const bedWarning = h('div', { class: 'override-warning', role: 'alert', hidden: true });
  const showBedWarning = (exclusion: HospitalExclusion): void => {
    bedWarnings.set(r.id, exclusion);
    showCheckWarning(bedWarning, t('hospital.beyondBeds.warning', { reason: exclusionText(exclusion) }), {
      label: t('hospital.beyondBeds.confirm'),
      className: 'act-confirm-beyond-beds',
      go: () => { bedWarnings.delete(r.id); settle(acceptOffer(r.id, true), t('hospital.accepted')); },
    }, () => bedWarnings.delete(r.id));
    // The board may have redrawn this card while the answer was on its way: the warning goes on the one shown now.
    if (!bedWarning.isConnected)
      document.querySelector(`.offer-card[data-id="${CSS.escape(r.id)}"] .override-warning`)?.replaceWith(bedWarning);
  };
  const pending = bedWarnings.get(r.id);
  if (pending) showBedWarning(pending);
  accept.addEventListener('click', () => {
    busy(true);
    acceptOffer(r.id)
      .then((s) => { onAnswer(r.id); if (s?.id) store.upsert(s); toast(t('hospital.accepted'), 'success'); })
      .catch((err: unknown) => {
        const full = failedCheck(err, 'no-free-bed');
        if (full) return showBedWarning(full);
        onAnswer(r.id);
        toast(describeConflict(err), 'error');
      })
      .finally(() => busy(false));
  });
  decline.addEventListener('click', () => {
    // Codes travel for the listed reasons, so every reader sees them in their language; "other" is the text as typed.
    const code = reason.value as DeclineReason;
    const text = code === 'other' ? other.value.trim() : code;
    if (!text) {
      other.hidden = false;
      other.focus();
      toast(t('gc.otherRequired'), 'error');
      return;
    }
    settle(declineOffer(r.id, text), t('hospital.declined'));
  });
  // The buttons are the actions the server permits this hospital now, so the desk and the server cannot disagree.
  const permitted = new Set(r.permittedActions ?? []);
  const answers = [permitted.has('accept') ? accept : null, ...(permitted.has('decline') ? [reason, other, decline] : [])];
  const card = h('article', { class: `ref-card offer-card state-${r.state}`, 'data-id': r.id },
    ...offerFacts(r, hospitalId, names, vehicle),
    clockLine(r),
    h('div', { class: 'offer-actions', 'data-actions': [...permitted].join(' ') }, countdown, ...answers),
    bedWarning);
  return card;
}

/** An offer this hospital no longer holds, with why ("已由其他医院接收"), until dismissed. */
export function withdrawnCard(r: ReferralSummary, reason: WithdrawalReason, names: (id: string | null | undefined) => string,
  hospitalId: string | undefined, onDismiss: () => void): HTMLElement {
  const dismiss = h('button', { type: 'button', class: 'btn btn-ghost btn-small' }, t('gc.dismiss'));
  dismiss.addEventListener('click', onDismiss);
  return h('article', { class: 'ref-card offer-card is-withdrawn', 'data-id': r.id, 'data-withdrawn': reason },
    h('div', { class: 'withdrawn-label' }, t(`gc.withdrawn.${reason}`), dismiss),
    h('div', { class: 'ref-patient' }, ...patientParts(r)),
    h('div', { class: 'muted' }, `${t('gc.fromFacility')} ${names(r.facilityId)}${hospitalId ? '' : ''}`));
}

/** Updates every countdown under `root` in place; called once a second. */
export function tickCountdowns(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>('.countdown')) {
    const c = countdownText(el.dataset.expires);
    el.textContent = c.text;
    el.classList.toggle('is-urgent', c.urgent);
    el.closest('.offer-card')?.classList.toggle('is-expired', c.expired);
  }
}
