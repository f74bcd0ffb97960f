// One open call in the dispatcher's queue; a queued call can be given a vehicle right here.
import { h } from '../ui/dom';
import { formatAge, t, tOr } from '../i18n';
import { toast } from '../ui/banners';
import { ApiError } from '../auth/http';
import type { FleetStore } from '../fleet/store';
import type { Vehicle } from '../fleet/types';
import { typeLabel } from '../fleet/labels';
import { assignVehicle, type CallSummary } from './api';

export function callStatusLabel(status: string | undefined): string {
  return status ? tOr(`callStatus.${status}`, status) : '';
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(s));
}

/** Vehicles the server could accept for this call: free, in contact, and of the right fleet. */
function candidates(call: CallSummary, fleet: FleetStore): Vehicle[] {
  const wanted = call.kind === 'Transport' ? 'nonEmergency' : 'ambulance';
  return [...fleet.vehicles.values()]
    .filter((v) => (v.status === 'Available' || v.status === 'Returning') && !v.stale && v.kind === wanted)
    .sort((a, b) => a.callSign.localeCompare(b.callSign, 'zh-CN'));
}

export function callCard(call: CallSummary, fleet: FleetStore, onLocate: (call: CallSummary) => void, onAssigned: (call: CallSummary) => void): HTMLElement {
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
    const options = candidates(call, fleet);
    const select = h('select', { class: 'input input-small', 'aria-label': t('call.pickVehicle') },
      h('option', { value: '' }, options.length ? t('call.pickVehicle') : t('call.noVehicle')),
      ...options.map((v) => {
        // Straight-line distance is shown for orientation only; it is not a recommendation.
        const km = call.location && v.position ? ` · ${t('call.straightKm', { km: distanceKm(call.location, v.position).toFixed(1) })}` : '';
        return h('option', { value: v.id }, `${v.callSign} · ${typeLabel(v.type)}${km}`);
      }));
    const assign = h('button', { type: 'button', class: 'btn btn-primary btn-small' }, t('call.assign'));
    assign.addEventListener('click', () => {
      if (!select.value) {
        select.focus();
        return;
      }
      assign.disabled = true;
      assignVehicle(call.id, select.value)
        .then((saved) => {
          toast(t('call.assigned', { vehicle: fleet.vehicles.get(select.value)?.callSign ?? select.value }), 'success');
          onAssigned(saved);
        })
        // 409: another dispatcher took the vehicle or the call first; the server says which.
        .catch((err: unknown) => toast(err instanceof ApiError ? err.message : t('err.generic'), 'error'))
        .finally(() => { assign.disabled = false; });
    });
    card.append(h('div', { class: 'ref-actions' }, select, assign));
  }
  return card;
}
