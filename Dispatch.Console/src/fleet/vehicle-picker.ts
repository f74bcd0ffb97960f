// A select of vehicles that could take a job now (free, in contact, right fleet) with a dispatch button.
import { h } from '../ui/dom';
import { t } from '../i18n';
import { toast } from '../ui/banners';
import { ApiError } from '../auth/http';
import { typeLabel } from './labels';
import type { FleetStore } from './store';
import type { Vehicle, VehicleKind } from './types';

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(s));
}

export function freeVehicles(fleet: FleetStore, kind: VehicleKind): Vehicle[] {
  return [...fleet.vehicles.values()]
    .filter((v) => (v.status === 'Available' || v.status === 'Returning') && !v.stale && v.kind === kind)
    .sort((a, b) => a.callSign.localeCompare(b.callSign, 'zh-CN'));
}

export function vehiclePicker(fleet: FleetStore, kind: VehicleKind, near: { lat: number; lon: number } | undefined,
  assign: (vehicleId: string) => Promise<unknown>): HTMLElement {
  const options = freeVehicles(fleet, kind);
  const select = h('select', { class: 'input input-small', 'aria-label': t('call.pickVehicle') },
    h('option', { value: '' }, options.length ? t('call.pickVehicle') : t('call.noVehicle')),
    ...options.map((v) => {
      // Straight-line distance is shown for orientation only; it is not a recommendation (those rank by road time).
      const km = near && v.position ? ` · ${t('call.straightKm', { km: distanceKm(near, v.position).toFixed(1) })}` : '';
      return h('option', { value: v.id }, `${v.callSign} · ${typeLabel(v.type)}${km}`);
    }));
  const button = h('button', { type: 'button', class: 'btn btn-primary btn-small' }, t('call.assign'));
  button.addEventListener('click', () => {
    if (!select.value) {
      select.focus();
      return;
    }
    const vehicleId = select.value;
    button.disabled = true;
    assign(vehicleId)
      .then(() => toast(t('call.assigned', { vehicle: fleet.vehicles.get(vehicleId)?.callSign ?? vehicleId }), 'success'))
      // 409: another dispatcher took the vehicle or the job first; the server says which.
      .catch((err: unknown) => toast(err instanceof ApiError ? err.message : t('err.generic'), 'error'))
      .finally(() => { button.disabled = false; });
  });
  return h('div', { class: 'ref-actions' }, select, button);
}
