// Side panel: vehicle counts per status (also filters) and a searchable list; clicking a row finds it on the map.
import { h } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { STATUS_COLOURS } from './status';
import { callSignLabel, kindLabel, stationLabel, statusLabel, typeLabel } from './labels';
import type { FleetStore } from './store';
import { VEHICLE_STATUSES, type Vehicle, type VehicleStatus } from './types';

const MAX_ROWS = 200;
// One collator for all sorts: String.localeCompare builds one per call, too slow for thousands of vehicles.
const collator = new Intl.Collator('zh-CN', { numeric: true });

export interface FleetPanel {
  element: HTMLElement;
  focusSearch(): void;
  clearSearch(): boolean;
  setError(failed: boolean): void;
  refreshIfShown(): void;
  dispose(): void;
}

export function createFleetPanel(store: FleetStore, onPick: (vehicleId: string) => void): FleetPanel {
  let filter: VehicleStatus | 'all' | 'stale' = 'all';
  let failed = false;
  let stalePanel = false;
  const search = h('input', { type: 'search', class: 'input fleet-search', 'data-i18n-placeholder': 'fleet.search', 'aria-label': t('fleet.search') });
  search.placeholder = t('fleet.search');
  const chips = h('div', { class: 'status-chips', role: 'toolbar' });
  const list = h('ul', { class: 'vehicle-list', role: 'list' });
  const footer = h('div', { class: 'list-footer muted' });
  const element = h('section', { class: 'panel fleet-panel' }, search, chips, list, footer);

  const matches = (v: Vehicle, query: string): boolean =>
    !query || v.callSign.toLowerCase().includes(query) || callSignLabel(v.callSign, v.callSignEn).toLowerCase().includes(query) || (v.callSignEn ?? '').toLowerCase().includes(query) || v.stationName.toLowerCase().includes(query) || (v.stationNameEn ?? '').toLowerCase().includes(query) || v.type.toLowerCase().includes(query) || typeLabel(v.type).toLowerCase().includes(query);

  const render = (): void => {
    // Hidden behind another tab: nothing to draw; showing the tab again redraws (see refreshIfShown).
    if (!element.isConnected || element.hidden) {
      stalePanel = true;
      return;
    }
    stalePanel = false;
    const counts = new Map<string, number>();
    let stale = 0;
    for (const v of store.vehicles.values()) {
      counts.set(v.status, (counts.get(v.status) ?? 0) + 1);
      if (v.stale) stale++;
    }
    const chip = (key: typeof filter, label: string, count: number, colour?: string): HTMLButtonElement => {
      const b = h('button', { type: 'button', class: `chip${filter === key ? ' active' : ''}`, 'aria-pressed': String(filter === key) },
        colour ? h('span', { class: 'dot', style: `background:${colour}` }) : null, h('span', {}, label), h('b', { class: 'count' }, String(count)));
      b.addEventListener('click', () => {
        filter = filter === key ? 'all' : key;
        render();
      });
      return b;
    };
    chips.replaceChildren(chip('all', t('fleet.all'), store.vehicles.size),
      ...VEHICLE_STATUSES.map((s) => chip(s, statusLabel(s), counts.get(s) ?? 0, STATUS_COLOURS[s])),
      chip('stale', t('vehicle.stale'), stale, '#9ca3af'));

    const query = search.value.trim().toLowerCase();
    const order = new Map<string, number>(VEHICLE_STATUSES.map((s, i) => [s, i]));
    const rows = [...store.vehicles.values()]
      .filter((v) => (filter === 'all' || (filter === 'stale' ? v.stale : v.status === filter)) && matches(v, query))
      .sort((a, b) => (order.get(a.status) ?? 99) - (order.get(b.status) ?? 99) || collator.compare(a.callSign, b.callSign));
    list.replaceChildren(...rows.slice(0, MAX_ROWS).map((v) => {
      const li = h('li', { class: `vehicle-row${v.stale ? ' is-stale' : ''}`, tabindex: 0, 'data-id': v.id },
        // Square = ambulance, round = non-emergency, as on the map.
        h('span', { class: `dot${v.kind === 'ambulance' ? ' dot-square' : ''}`, title: kindLabel(v.kind), style: `background:${v.stale ? '#9ca3af' : STATUS_COLOURS[v.status]}` }),
        h('span', { class: 'veh-call' }, callSignLabel(v.callSign, v.callSignEn)),
        // A station is a place name: shown as the region names it (in English where it has an English name).
        h('span', { class: 'veh-meta muted' }, typeLabel(v.type) || kindLabel(v.kind),
          stationLabel(v) ? h('span', { translate: 'no' }, ` · ${stationLabel(v)}`) : null),
        h('span', { class: `status-pill s-${v.status}` }, statusLabel(v.status)),
        v.stale ? h('span', { class: 'stale-pill' }, t('vehicle.stale')) : null);
      const pick = (): void => onPick(v.id);
      li.addEventListener('click', pick);
      li.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') pick();
      });
      return li;
    }));
    if (failed) footer.textContent = t('fleet.loadFailed');
    else if (store.vehicles.size === 0) footer.textContent = t('fleet.empty');
    else if (rows.length === 0) footer.textContent = t('fleet.none');
    else footer.textContent = rows.length > MAX_ROWS ? t('fleet.more', { n: rows.length - MAX_ROWS }) : '';
    footer.classList.toggle('error-text', failed);
  };

  // Status changes trickle in all the time; the list is redrawn at most twice a second.
  let pending = 0;
  const schedule = (): void => {
    if (pending) return;
    pending = window.setTimeout(() => {
      pending = 0;
      render();
    }, 500);
  };
  const offStore = store.subscribe((change) => {
    if (change.reset) render();
    else if (change.restyled.length) schedule();
  });
  const offLang = onLangChange(render);
  search.addEventListener('input', render);
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      const first = list.querySelector<HTMLElement>('.vehicle-row');
      if (first?.dataset.id) onPick(first.dataset.id);
    }
  });
  render();

  return {
    element,
    focusSearch() {
      search.focus();
      search.select();
    },
    clearSearch() {
      if (!search.value && document.activeElement !== search) return false;
      search.value = '';
      search.blur();
      render();
      return true;
    },
    /** Called when the panel becomes visible again. */
    refreshIfShown() {
      if (stalePanel) render();
    },
    setError(value) {
      failed = value;
      render();
    },
    dispose() {
      window.clearTimeout(pending);
      offStore();
      offLang();
    },
  };
}

