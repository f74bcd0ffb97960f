// One open call in the dispatcher's queue. Its buttons come from the actions the server permits now: assign a
// vehicle, send another instead (with a reason), refer the patient to a capable hospital, cancel (with a reason).
import { h } from '../ui/dom';
import { formatAge, formatTime, memberName, t, tOr } from '../i18n';
import type { FleetStore } from '../fleet/store';
import { callSignLabel } from '../fleet/labels';
import { sendConfirmingGap } from '../coverage/gap-confirm';
import { vehicleChoices, vehiclePicker } from '../fleet/vehicle-picker';
import { recommendForCall } from '../fleet/recommendations';
import { toast } from '../ui/banners';
import { askReason, reasonText } from '../ui/reason-dialog';
import { actionLabel } from '../referrals/history';
import { assignVehicle, cancelCall, reassignCall, type CallSummary } from './api';
import { failureText } from '../ui/failure';

export function callStatusLabel(status: string | undefined): string {
  return status ? tOr(`callStatus.${memberName(status)}`, status) : '';
}

const REASONS = {
  cancel: ['duplicate', 'callerCancelled', 'noPatient', 'handledOtherwise'],
  reassign: ['vehicleBreakdown', 'closerVehicle', 'trafficDelay', 'crewUnavailable'],
} as const;

export interface CallCardDeps {
  fleet: FleetStore;
  onLocate: (call: CallSummary) => void;
  onChanged: (call: CallSummary) => void;
  onRefer?: (call: CallSummary) => void;
  /** The readable number of the referral a call became. */
  referralNumber?: (referralId: string) => string;
  /** Extra lines under the call (its timers). */
  extras?: (call: CallSummary) => (HTMLElement | null)[];
}

export function callCard(call: CallSummary, deps: CallCardDeps): HTMLElement {
  const { fleet } = deps;
  const vehicleName = (id: string): string => {
    const vehicle = fleet.vehicles.get(id);
    return vehicle ? callSignLabel(vehicle.callSign, vehicle.callSignEn) : id;
  };
  const kind = call.kind === 'transport' ? 'nonEmergency' : 'ambulance';
  const card = h('article', { class: `ref-card call-card call-${call.status ?? 'unknown'}`, 'data-id': call.id, tabindex: 0 },
    h('div', { class: 'ref-head' },
      typeof call.priority === 'number' ? h('span', { class: `prio prio-${call.priority}` }, t('ref.priorityN', { n: call.priority })) : null,
      h('span', { class: `kind-chip kind-${call.kind}` }, tOr(`callKind.${memberName(call.kind)}`, call.kind)),
      h('span', { class: 'ref-state' }, callStatusLabel(call.status)),
      h('span', { class: 'ref-id case-number' }, call.id)),
    h('div', { class: 'ref-patient', translate: 'no' }, call.chiefComplaint ?? '—'),
    h('div', { class: 'ref-route muted', translate: 'no' }, [call.address, call.callerPhone].filter(Boolean).join(' · ')),
    h('div', { class: 'ref-time muted' }, `${t('call.received')} ${formatAge(call.timestamps?.received)}`,
      call.vehicleId ? ` · ${t('ref.vehicle')} ${vehicleName(call.vehicleId)}` : ''),
    ...(deps.extras?.(call) ?? []));
  card.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('select, button')) return;
    deps.onLocate(call);
  });

  const permitted = new Set(call.permittedActions ?? []);
  const failed = (err: unknown): void => toast(failureText(err), 'error');
  if (permitted.has('assign')) {
    card.append(vehiclePicker(fleet, kind, recommendForCall(call.id),
      (vehicleId, gap) => assignVehicle(call.id, vehicleId, gap).then(deps.onChanged), call.location));
  }
  if (call.referralId) {
    const number = deps.referralNumber?.(call.referralId) ?? `#${call.referralId.slice(0, 8)}`;
    card.append(h('div', { class: 'ref-route call-referral' }, t('call.referredAs', { id: number })));
  }
  const box = h('div', { class: 'ref-actions case-actions', 'data-actions': [...permitted].join(' ') });
  if (permitted.has('refer') && deps.onRefer) {
    const refer = h('button', { type: 'button', class: 'btn btn-ghost btn-small call-refer', 'data-action': 'refer' }, t('call.refer'));
    refer.addEventListener('click', () => deps.onRefer?.(call));
    box.append(refer);
  }
  if (permitted.has('reassign')) {
    const reassign = h('button', { type: 'button', class: 'btn btn-ghost btn-small act-reassign', 'data-action': 'reassign' }, t('act.reassign'));
    reassign.addEventListener('click', () => {
      const { select, note } = vehicleChoices(fleet, kind, recommendForCall(call.id), call.vehicleId);
      void askReason({ title: t('act.title.reassign', { id: call.id }), reasons: REASONS.reassign, confirm: 'act.reassign',
        extra: h('label', { class: 'field' }, h('span', {}, t('act.newVehicle')), select, note),
        validate: () => (select.value ? null : 'call.pickVehicle') }).then((reason) => {
        if (!reason) return;
        const vehicleId = select.value;
        reassign.disabled = true;
        sendConfirmingGap((gap) => reassignCall(call.id, vehicleId, reason, gap))
          .then((saved) => { if (!saved) return; deps.onChanged(saved); toast(t('act.done.reassign', { vehicle: vehicleName(vehicleId) }), 'success'); }, failed)
          .finally(() => { reassign.disabled = false; });
      });
    });
    box.append(reassign);
  }
  if (permitted.has('cancel')) {
    const cancel = h('button', { type: 'button', class: 'btn btn-danger btn-small act-cancel', 'data-action': 'cancel' }, t('act.cancel'));
    cancel.addEventListener('click', () => {
      void askReason({ title: t('act.title.cancelCall', { id: call.id }), reasons: REASONS.cancel, confirm: 'act.cancel', destructive: true }).then((reason) => {
        if (!reason) return;
        cancel.disabled = true;
        cancelCall(call.id, reason)
          .then((saved) => { deps.onChanged(saved); toast(t('act.done.cancel'), 'success'); }, failed)
          .finally(() => { cancel.disabled = false; });
      });
    });
    box.append(cancel);
  }
  if (box.childElementCount) card.append(box);
  if (call.notes?.length) {
    card.append(h('ol', { class: 'audit-list call-notes' }, ...call.notes.map((n) => h('li', { class: 'audit-item', 'data-action': n.action },
      h('time', { class: 'muted' }, formatTime(new Date(n.at))),
      h('span', {}, ` ${actionLabel(n.action)}`),
      n.previousVehicleId && n.vehicleId ? h('span', {}, ` ${vehicleName(n.previousVehicleId)} → ${vehicleName(n.vehicleId)}`) : null,
      n.reason ? h('span', { class: 'audit-reason', translate: 'no' }, ` · ${reasonText(n.reason)}`) : null))));
  }
  return card;
}
