// Map legend (bottom-left): facility symbols and the vehicle status colours.
import * as L from 'leaflet';
import { h, tx } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { STATUS_COLOURS } from '../fleet/status';
import { VEHICLE_STATUSES } from '../fleet/types';
import { statusLabel } from '../fleet/labels';
import { ROUTE_COLOURS } from '../routes/route-layer';

export function createLegend(): { control: L.Control; dispose(): void } {
  const statusList = h('ul', { class: 'legend-statuses' });
  const renderStatuses = (): void => {
    statusList.replaceChildren(...VEHICLE_STATUSES.map((s) =>
      h('li', {}, h('span', { class: 'dot', style: `background:${STATUS_COLOURS[s]}` }), statusLabel(s))));
  };
  renderStatuses();
  const body = h('div', { class: 'legend-body' },
    h('ul', { class: 'legend-symbols' },
      h('li', {}, h('span', { class: 'hosp-marker legend-sym' }, h('span', {}, 'H')), tx('legend.hospital')),
      h('li', {}, h('span', { class: 'legend-grassroots' }), tx('legend.grassroots')),
      h('li', {}, h('span', { class: 'veh-marker kind-ambulance s-Available legend-sym' }, h('i', { class: 'veh-glyph' }, '✚')), tx('legend.ambulance')),
      h('li', {}, h('span', { class: 'veh-marker kind-nonEmergency s-Available legend-sym' }, h('i', { class: 'veh-glyph', 'data-i18n': 'glyph.nonEmergency' }, t('glyph.nonEmergency'))), tx('legend.nonEmergency')),
      h('li', {}, h('span', { class: 'veh-marker kind-ambulance is-stale legend-sym' }, h('i', { class: 'veh-glyph' }, '✚')), tx('legend.stale')),
      h('li', {}, h('span', { class: 'legend-route', style: `background:${ROUTE_COLOURS.toPatient}` }), tx('legend.routeToPatient')),
      h('li', {}, h('span', { class: 'legend-route', style: `background:${ROUTE_COLOURS.toHospital}` }), tx('legend.routeToHospital'))),
    statusList);
  const toggle = h('button', { type: 'button', class: 'legend-toggle', 'aria-expanded': 'true' }, tx('map.legend'));
  const box = h('div', { class: 'map-legend' }, toggle, body);
  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
    toggle.setAttribute('aria-expanded', String(!body.hidden));
  });
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);
  const Legend = L.Control.extend({ onAdd: () => box });
  const control = new Legend({ position: 'bottomleft' });
  return { control, dispose: onLangChange(renderStatuses) };
}
