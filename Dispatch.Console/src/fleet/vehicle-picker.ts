// A select of vehicles that could take a job now, with a dispatch button. The server's road-time ranking fills
// it when available (first = recommended); until then, or without it, the free vehicles are listed by call sign.
import { h } from '../ui/dom';
import { t, tOr } from '../i18n';
import { toast } from '../ui/banners';
import { callSignLabel, equipmentLabel, typeLabel } from './labels';
import type { FleetStore } from './store';
import type { Vehicle, VehicleKind } from './types';
import type { VehicleRecommendations } from './recommendations';
import { pickerCosts, type PickerCosts } from '../coverage/cost';
import { gapText } from '../coverage/labels';
import { gapOfRefusal } from '../coverage/gap-confirm';
import type { CoverageGap } from '../coverage/types';
import { failureText } from '../ui/failure';

/** A fleet vehicle's call sign in the console's language; its id when the fleet does not know it. */
export function vehicleLabel(fleet: FleetStore, vehicleId: string): string {
  const v = fleet.vehicles.get(vehicleId);
  return v ? callSignLabel(v.callSign, v.callSignEn) : vehicleId;
}

export function freeVehicles(fleet: FleetStore, kind: VehicleKind): Vehicle[] {
  return [...fleet.vehicles.values()]
    .filter((v) => (v.status === 'available' || v.status === 'returning' || v.status === 'relocating') && !v.stale && v.kind === kind)
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

/**
 * The select of candidate vehicles and its note (approximate ranking, vehicles left out).
 * @param costs when given, the ten best ambulances get their coverage cost appended once the server answers.
 */
export function vehicleChoices(fleet: FleetStore, kind: VehicleKind, ranking: Promise<VehicleRecommendations | null> | null,
  except?: string | null, costs?: PickerCosts | null): { select: HTMLSelectElement; note: HTMLElement } {
  const select = h('select', { class: 'input input-small', name: 'vehicle', 'aria-label': t('call.pickVehicle') });
  const note = h('div', { class: 'picker-note muted' });
  const fill = (options: HTMLOptionElement[]): void => {
    select.replaceChildren(h('option', { value: '' }, options.length ? t('call.pickVehicle') : t('call.noVehicle')), ...options);
  };
  fill(freeVehicles(fleet, kind).filter((v) => v.id !== except).map((v) => h('option', { value: v.id }, `${callSignLabel(v.callSign, v.callSignEn)} · ${typeLabel(v.type)}`)));

  // Once the dispatcher has chosen, a late ranking must not change the choice under their hand.
  let chosen = false;
  select.addEventListener('change', () => { chosen = true; });
  void ranking?.then((r) => {
    if (!r || !select.isConnected || chosen || document.activeElement === select) return;
    const ranked = r.ranked.filter((v) => v.vehicleId !== except);
    fill(ranked.map((v, i) => h('option', { value: v.vehicleId, 'data-type': v.type },
      `${i === 0 ? '★ ' : ''}${callSignLabel(v.callSign, v.callSignEn)} · ${typeLabel(v.type)} · ${t('pick.eta', { min: minutes(v.etaSeconds), km: (v.meters / 1000).toFixed(1) })}${v.estimated ? ` (${t('pick.estimated')})` : ''}${v.preferredType ? ` · ${t('pick.preferred')}` : ''}`)));
    // The best by the server's ranking is preselected; the dispatcher still confirms with the button.
    if (ranked[0]) select.value = ranked[0].vehicleId;
    void costs?.annotate(select, ranked.slice(0, 10).map((v) => v.vehicleId)).then(() => select.dispatchEvent(new Event('costs')));
    const excluded = r.excluded.map((x) => `${callSignLabel(x.callSign, x.callSignEn)}: ${exclusionText(x)}`);
    note.textContent = [r.approximate ? t('pick.approximate') : '', excluded.length ? t('pick.excluded', { n: excluded.length }) : ''].filter(Boolean).join(' · ');
    note.title = excluded.join('\n');
  });
  return { select, note };
}

/**
 * @param coverageAt where the vehicle would go: each ranked ambulance then shows its coverage cost, and sending a
 * township's last ambulance out of it asks once more, naming the gap (the assign callback gets the township's id).
 */
export function vehiclePicker(fleet: FleetStore, kind: VehicleKind, ranking: Promise<VehicleRecommendations | null> | null,
  assign: (vehicleId: string, confirmCoverageGap?: string) => Promise<unknown>, coverageAt?: { lon: number; lat: number } | null): HTMLElement {
  const costs = coverageAt && kind === 'ambulance' ? pickerCosts(coverageAt) : null;
  const { select, note } = vehicleChoices(fleet, kind, ranking, null, costs);
  const button = h('button', { type: 'button', class: 'btn btn-primary btn-small' }, t('call.assign'));
  // The chosen ambulance's coverage cost, readable in full below the select.
  const costLine = h('div', { class: 'picker-cost', hidden: true });
  const showCost = (): void => {
    const text = costs && select.value ? costs.textOf(select.value) : '';
    costLine.textContent = text;
    costLine.hidden = !text;
    costLine.classList.toggle('has-gap', !!(costs && select.value && costs.gapOf(select.value)));
  };
  select.addEventListener('change', showCost);
  select.addEventListener('costs', showCost);
  const confirmBox = h('div', { class: 'gap-confirm', role: 'alertdialog', hidden: true });
  const send = (vehicleId: string, confirmed?: string): void => {
    button.disabled = true;
    confirmBox.hidden = true;
    assign(vehicleId, confirmed)
      .then(() => toast(t('call.assigned', { vehicle: vehicleLabel(fleet, vehicleId) }), 'success'))
      .catch((err: unknown) => {
        // The server asks for the extra confirmation when the cost was not known here yet.
        const gap = gapOfRefusal(err);
        if (gap && !confirmed) askGap(vehicleId, gap);
        // 409: another dispatcher took the vehicle or the job first; the server says which.
        else toast(failureText(err), 'error');
      })
      .finally(() => { button.disabled = false; });
  };
  const askGap = (vehicleId: string, gap: CoverageGap): void => {
    const yes = h('button', { type: 'button', class: 'btn btn-danger btn-small gap-send' }, t('cov.gapSend'));
    const no = h('button', { type: 'button', class: 'btn btn-ghost btn-small' }, t('cov.gapCancel'));
    yes.addEventListener('click', () => send(vehicleId, gap.zoneId));
    no.addEventListener('click', () => { confirmBox.hidden = true; });
    confirmBox.replaceChildren(h('div', { class: 'gap-text' }, gapText(gap)), h('div', { class: 'ref-actions' }, yes, no));
    confirmBox.hidden = false;
  };
  button.addEventListener('click', () => {
    if (!select.value) {
      select.focus();
      return;
    }
    const vehicleId = select.value;
    const gap = costs?.gapOf(vehicleId);
    if (gap) askGap(vehicleId, gap);
    else send(vehicleId);
  });
  return h('div', { class: 'picker' }, h('div', { class: 'ref-actions' }, select, button), costLine, confirmBox, note);
}
