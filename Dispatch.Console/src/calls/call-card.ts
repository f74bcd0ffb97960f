// One open call in the dispatcher's queue; a queued call can be given a vehicle right here.
import { h } from '../ui/dom';
import { formatAge, t, tOr } from '../i18n';
import type { FleetStore } from '../fleet/store';
import { vehiclePicker } from '../fleet/vehicle-picker';
import { recommendForCall } from '../fleet/recommendations';
import { assignVehicle, type CallSummary } from './api';

export function callStatusLabel(status: string | undefined): string {
  return status ? tOr(`callStatus.${status}`, status) : '';
}

/** While its ambulance is on the way to, or with, the patient, a 120 call may become a green-channel referral. */
const REFERRABLE = new Set(['Dispatched', 'EnRoute', 'OnScene']);

export function callCard(call: CallSummary, fleet: FleetStore, onLocate: (call: CallSummary) => void, onAssigned: (call: CallSummary) => void,
  onRefer?: (call: CallSummary) => void): HTMLElement {
  const vehicle = call.vehicleId ? fleet.vehicles.get(call.vehicleId) : undefined;
  const card = h('article', { class: `ref-card call-card call-${call.status ?? 'unknown'}`, 'data-id': call.id, tabindex: 0 },
    h('div', { class: 'ref-head' },
      typeof call.priority === 'number' ? h('span', { class: `prio prio-${call.priority}` }, t('ref.priorityN', { n: call.priority })) : null,
      h('span', { class: `kind-chip kind-${call.kind ?? 'Emergency'}` }, tOr(`callKind.${call.kind ?? 'Emergency'}`, call.kind ?? '')),
      h('span', { class: 'ref-state' }, callStatusLabel(call.status)),
      h('span', { class: 'ref-id muted' }, call.id)),
    h('div', { class: 'ref-patient' }, call.chiefComplaint ?? '—'),
    h('div', { class: 'ref-route muted' }, [call.address, call.callerPhone].filter(Boolean).join(' · ')),
    h('div', { class: 'ref-time muted' }, `${t('call.received')} ${formatAge(call.timestamps?.received)}`,
      vehicle || call.vehicleId ? ` · ${t('ref.vehicle')} ${vehicle?.callSign ?? call.vehicleId}` : ''));
  card.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('select, button')) return;
    onLocate(call);
  });

  if (call.status === 'Queued') {
    card.append(vehiclePicker(fleet, call.kind === 'Transport' ? 'nonEmergency' : 'ambulance', recommendForCall(call.id),
      (vehicleId, gap) => assignVehicle(call.id, vehicleId, gap).then(onAssigned), call.location));
  }
  if (call.referralId) {
    card.append(h('div', { class: 'ref-route call-referral' }, t('call.referredAs', { id: call.referralId.slice(0, 8) })));
  } else if (onRefer && call.kind !== 'Transport' && call.vehicleId && REFERRABLE.has(call.status ?? '')) {
    const refer = h('button', { type: 'button', class: 'btn btn-ghost btn-small call-refer' }, t('call.refer'));
    refer.addEventListener('click', () => onRefer(call));
    card.append(h('div', { class: 'ref-actions' }, refer));
  }
  return card;
}
