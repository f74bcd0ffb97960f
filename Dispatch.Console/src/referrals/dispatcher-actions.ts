// The dispatcher's buttons on a referral card, drawn from the actions the server says are permitted now, so the
// console never offers what the server would refuse nor hides what it allows. Destructive or overriding actions
// (cancel, fail, escalate, replacing the vehicle) ask for confirmation and a reason.
import { h } from '../ui/dom';
import { t } from '../i18n';
import { toast } from '../ui/banners';
import { askReason } from '../ui/reason-dialog';
import { facilityName } from '../facilities/labels';
import type { Hospital } from '../facilities/types';
import type { FleetStore } from '../fleet/store';
import { vehicleChoices, vehiclePicker } from '../fleet/vehicle-picker';
import { recommendNear } from '../fleet/recommendations';
import { sendConfirmingGap } from '../coverage/gap-confirm';
import { assignReferralVehicle, cancelReferral, escalateReferral, failReferral, matchReferral, offerParallel, offerToHospital } from './api';
import { exclusionText } from './facts';
import { failedCheck, showCheckWarning } from './check-warning';
import { referralNumber, type ReferralSummary } from './types';
import { failureText } from '../ui/failure';

export interface ReferralActionDeps {
  fleet: FleetStore;
  hospitals: () => Hospital[];
  where: (facilityId: string) => { lat: number; lon: number } | undefined;
  /** Stores what a command answered (the referral as it is now). */
  apply: (referral: ReferralSummary) => void;
}

export const REASONS = {
  cancel: ['patientRefused', 'conditionImproved', 'duplicate', 'handledOtherwise'],
  fail: ['noHospital', 'vehicleUnavailable', 'patientUnreachable'],
  escalate: ['needsCoordination', 'hospitalNoAnswer'],
  reassign: ['vehicleBreakdown', 'closerVehicle', 'trafficDelay', 'crewUnavailable'],
} as const;

export function referralActions(r: ReferralSummary, deps: ReferralActionDeps): HTMLElement | undefined {
  const permitted = new Set(r.permittedActions ?? []);
  const box = h('div', { class: 'ref-actions case-actions', 'data-actions': [...permitted].join(' ') });
  const run = (p: Promise<ReferralSummary | null>, done?: string): Promise<void> =>
    p.then((s) => { if (s) deps.apply(s); if (done) toast(done, 'success'); },
      (err: unknown) => { toast(failureText(err), 'error'); });
  const button = (action: string, label: string, onClick: (b: HTMLButtonElement) => void, tone = 'btn-ghost'): HTMLButtonElement => {
    const b = h('button', { type: 'button', class: `btn ${tone} btn-small act-${action}`, 'data-action': action }, label);
    b.addEventListener('click', () => onClick(b));
    return b;
  };
  const withReason = (action: 'cancel' | 'fail' | 'escalate', title: string, send: (reason: string) => Promise<ReferralSummary | null>,
    done: string, destructive: boolean) => (b: HTMLButtonElement): void => {
    void askReason({ title, reasons: REASONS[action], confirm: destructive ? `act.${action}` : 'act.confirm', destructive }).then((reason) => {
      if (!reason) return;
      b.disabled = true;
      void run(send(reason), done).finally(() => { b.disabled = false; });
    });
  };
  const number = referralNumber(r);

  if (permitted.has('match')) {
    box.append(button('match', t('queue.rematch'), (b) => { b.disabled = true; void run(matchReferral(r.id)).finally(() => { b.disabled = false; }); }));
  }
  if (permitted.has('offerParallel')) {
    // Several hospitals at once: the first to accept wins, the others' offers are withdrawn.
    const width = Math.max(3, (r.offeredHospitalIds?.length ?? 0) + 1);
    box.append(button('offerParallel', t('gc.parallel.button', { n: width }),
      (b) => { b.disabled = true; void run(offerParallel(r.id, width)).finally(() => { b.disabled = false; }); }));
  }
  if (permitted.has('offer')) box.append(hospitalOverride(r, deps, run));
  if (permitted.has('assignVehicle')) {
    // The ambulance goes to the patient: at the scene of the call it came from, else at the requesting facility.
    const at = r.origin ?? (r.facilityId ? deps.where(r.facilityId) : undefined);
    const ranking = at ? recommendNear(at.lon, at.lat, 'ambulance') : null;
    // The picker reads a refusal itself (the coverage gap asks once more), so the assignment rejects rather than toasts.
    if (!r.vehicleId) box.append(vehiclePicker(deps.fleet, 'ambulance', ranking,
      (vehicleId, gap) => assignReferralVehicle(r.id, vehicleId, undefined, gap).then((s) => { if (s) deps.apply(s); }), at));
    else box.append(button('reassign', t('act.reassign'), (b) => {
      const { select, note } = vehicleChoices(deps.fleet, 'ambulance', at ? recommendNear(at.lon, at.lat, 'ambulance') : null, r.vehicleId);
      void askReason({ title: t('act.title.reassign', { id: number }), reasons: REASONS.reassign, confirm: 'act.reassign',
        extra: h('label', { class: 'field' }, h('span', {}, t('act.newVehicle')), select, note),
        validate: () => (select.value ? null : 'call.pickVehicle') }).then((reason) => {
        if (!reason) return;
        const vehicleId = select.value;
        b.disabled = true;
        void run(sendConfirmingGap((gap) => assignReferralVehicle(r.id, vehicleId, reason, gap))).finally(() => { b.disabled = false; });
      });
    }));
  }
  if (permitted.has('escalate')) box.append(button('escalate', t('act.escalate'),
    withReason('escalate', t('act.title.escalate', { id: number }), (reason) => escalateReferral(r.id, reason), t('act.done.escalate'), false)));
  if (permitted.has('cancel')) box.append(button('cancel', t('act.cancel'),
    withReason('cancel', t('act.title.cancelReferral', { id: number }), (reason) => cancelReferral(r.id, reason), t('act.done.cancel'), true), 'btn-danger'));
  if (permitted.has('fail')) box.append(button('fail', t('act.fail'),
    withReason('fail', t('act.title.fail', { id: number }), (reason) => failReferral(r.id, reason), t('act.done.fail'), true), 'btn-danger'));
  return box.childElementCount ? box : undefined;
}

/** Override: ask a hospital the dispatcher chose (after a phone call, say). Capable, accepting hospitals first. */
function hospitalOverride(r: ReferralSummary, deps: ReferralActionDeps, run: (p: Promise<ReferralSummary | null>) => Promise<void>): HTMLElement {
  const needed = r.requiredCapabilities;
  const capable = deps.hospitals()
    .filter((hs) => needed.every((c) => hs.capabilities.includes(c)))
    .sort((a, b) => Number(a.onDiversion) - Number(b.onDiversion) || facilityName(a).localeCompare(facilityName(b), 'zh-CN'));
  const select = h('select', { class: 'input input-small', 'aria-label': t('queue.pickHospital') },
    h('option', { value: '' }, capable.length ? t('queue.pickHospital') : t('queue.noHospital')),
    ...capable.map((hs) => h('option', { value: hs.id }, `${facilityName(hs)}${hs.onDiversion ? ` · ${t('fac.onDiversion')}` : ''}`)));
  const offer = h('button', { type: 'button', class: 'btn btn-ghost btn-small act-offer', 'data-action': 'offer' }, t('queue.offer'));
  const warning = h('div', { class: 'override-warning', role: 'alert', hidden: true });
  offer.addEventListener('click', () => {
    if (!select.value) return select.focus();
    offer.disabled = true;
    const hospitalId = select.value;
    offerToHospital(r.id, hospitalId)
      .then((s) => { if (s) deps.apply(s); })
      .catch((err: unknown) => {
        // A hospital that fails its check now (diversion, no bed, lacks a capability) is asked only once the
        // dispatcher has read why and confirms.
        const exclusion = failedCheck(err, 'hospital-check-failed');
        if (!exclusion) return toast(failureText(err), 'error');
        const name = deps.hospitals().find((x) => x.id === hospitalId);
        showCheckWarning(warning, t('gc.override.warning', { hospital: name ? facilityName(name) : hospitalId, reason: exclusionText(exclusion) }), {
          label: t('gc.override.confirm'),
          className: 'act-confirm-override',
          go: () => void run(offerToHospital(r.id, hospitalId, true)),
        });
      })
      .finally(() => { offer.disabled = false; });
  });
  return h('div', { class: 'picker' }, h('div', { class: 'ref-actions' }, select, offer), warning);
}
