// A select of vehicles that could take a job now, with a dispatch button. The server's road-time ranking fills
// it when available (first = recommended); until then, or without it, the free vehicles are listed by call sign.
import { h } from '../ui/dom';
import { t, tOr } from '../i18n';
import { toast } from '../ui/banners';
import { ApiError } from '../auth/http';
import { callSignLabel, equipmentLabel, typeLabel } from './labels';
import type { FleetStore } from './store';
import type { Vehicle, VehicleKind } from './types';
import type { VehicleRecommendations } from './recommendations';

export function freeVehicles(fleet: FleetStore, kind: VehicleKind): Vehicle[] {
  return [...fleet.vehicles.values()]
    .filter((v) => (v.status === 'Available' || v.status === 'Returning') && !v.stale && v.kind === kind)
    .sort((a, b) => a.callSign.localeCompare(b.callSign, 'zh-CN'));
}

function minutes(seconds: number): string {
  return String(Math.max(1, Math.round(seconds / 60)));
}

/** Why the server left a vehicle out, in the console's language (the server sends a code and a detail). */
export function exclusionText(x: { code: string; detail?: string | null; message: string }): string {
  const detail = x.detail ?? '';
  const shown = x.code === 'MissingEquipment' ? equipmentLabel(detail) : x.code === 'WrongVehicleKind' ? tOr(`vkind.${detail}`, detail) : detail;
  return tOr(`excl.${x.code}`, x.message).replace('{detail}', shown);
}

/** The select of candidate vehicles and its note (approximate ranking, vehicles left out). */
export function vehicleChoices(fleet: FleetStore, kind: VehicleKind, ranking: Promise<VehicleRecommendations | null> | null,
  except?: string | null): { select: HTMLSelectElement; note: HTMLElement } {
  const select = h('select', { class: 'input input-small', name: 'vehicle', 'aria-label': t('call.pickVehicle') });
  const note = h('div', { class: 'picker-note muted' });
  const fill = (options: HTMLOptionElement[]): void => {
    select.replaceChildren(h('option', { value: '' }, options.length ? t('call.pickVehicle') : t('call.noVehicle')), ...options);
  };
  fill(freeVehicles(fleet, kind).filter((v) => v.id !== except).map((v) => h('option', { value: v.id }, `${callSignLabel(v.callSign)} · ${typeLabel(v.type)}`)));

  // Once the dispatcher has chosen, a late ranking must not change the choice under their hand.
  let chosen = false;
  select.addEventListener('change', () => { chosen = true; });
  void ranking?.then((r) => {
    if (!r || !select.isConnected || chosen || document.activeElement === select) return;
    const ranked = r.ranked.filter((v) => v.vehicleId !== except);
    fill(ranked.map((v, i) => h('option', { value: v.vehicleId, 'data-type': v.type },
      `${i === 0 ? '★ ' : ''}${callSignLabel(v.callSign)} · ${typeLabel(v.type)} · ${t('pick.eta', { min: minutes(v.etaSeconds), km: (v.meters / 1000).toFixed(1) })}${v.estimated ? ` (${t('pick.estimated')})` : ''}${v.preferredType ? ` · ${t('pick.preferred')}` : ''}`)));
    // The best by the server's ranking is preselected; the dispatcher still confirms with the button.
    if (ranked[0]) select.value = ranked[0].vehicleId;
    const excluded = r.excluded.map((x) => `${callSignLabel(x.callSign)}: ${exclusionText(x)}`);
    note.textContent = [r.approximate ? t('pick.approximate') : '', excluded.length ? t('pick.excluded', { n: excluded.length }) : ''].filter(Boolean).join(' · ');
    note.title = excluded.join('\n');
  });
  return { select, note };
}

export function vehiclePicker(fleet: FleetStore, kind: VehicleKind, ranking: Promise<VehicleRecommendations | null> | null,
  assign: (vehicleId: string) => Promise<unknown>): HTMLElement {
  const { select, note } = vehicleChoices(fleet, kind, ranking);
  const button = h('button', { type: 'button', class: 'btn btn-primary btn-small' }, t('call.assign'));
  button.addEventListener('click', () => {
    if (!select.value) {
      select.focus();
      return;
    }
    const vehicleId = select.value;
    button.disabled = true;
    assign(vehicleId)
      .then(() => toast(t('call.assigned', { vehicle: callSignLabel(fleet.vehicles.get(vehicleId)?.callSign ?? vehicleId) }), 'success'))
      // 409: another dispatcher took the vehicle or the job first; the server says which.
      .catch((err: unknown) => toast(err instanceof ApiError ? err.message : t('err.generic'), 'error'))
      .finally(() => { button.disabled = false; });
  });
  return h('div', { class: 'picker' }, h('div', { class: 'ref-actions' }, select, button), note);
}
