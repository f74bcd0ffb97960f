// One case from the record: its timeline (who, role, when, reason), its road route and the vehicle's recorded track
// played back on a map at a chosen speed.
import * as L from 'leaflet';
import { h, tx } from '../ui/dom';
import { t } from '../i18n';
import { createBaseMap } from '../map/base-map';
import type { Region } from '../map/region';
import { fetchRoute } from '../routes/api';
import { caseTrack, download, openCase, type CaseRecord, type TrackPoint } from './api';
import { actionLabel, kindLabel, numberOf, patientText, roleLabel, stateLabel, timeLabel } from './labels';

const SPEEDS = [1, 10, 60, 300];

export function createCasePane(region: () => Region | null, onBack: () => void) {
  const element = h('section', { class: 'hist-case', hidden: true });
  let map: L.Map | null = null;
  let timer = 0;
  let shown: { record: CaseRecord; track: TrackPoint[] } | null = null;

  const stop = (): void => { window.clearInterval(timer); timer = 0; };

  async function show(id: string): Promise<void> {
    stop();
    map?.remove();
    map = null;
    const record = await openCase(id);
    const track = (await caseTrack(id)).points;
    shown = { record, track };
    render(record, track);
  }

  /** A language switch redraws the open case from what was read (no second read, so no second audit entry). */
  function relabel(): void {
    if (!shown || element.hidden) return;
    stop();
    map?.remove();
    map = null;
    render(shown.record, shown.track);
  }

  function render(record: CaseRecord, track: TrackPoint[]): void {
    const s = record.summary;
    const rows = record.timeline.map((e) => h('tr', {},
      h('td', {}, timeLabel(e.at)), h('td', {}, actionLabel(e.action)), h('td', {}, e.actor || t('hist.case.unknownActor')),
      h('td', {}, roleLabel(e.role)),
      h('td', {}, `${e.fromState ? stateLabel(s.kind, e.fromState) : '—'} → ${stateLabel(s.kind, e.toState)}`),
      h('td', {}, e.reason ?? '')));
    const mapEl = h('div', { class: 'hist-map', id: 'hist-map' });
    const speed = h('select', { class: 'hist-speed', 'aria-label': t('hist.case.speed') },
      ...SPEEDS.map((n) => h('option', { value: String(n), selected: n === 60 }, `${n}×`)));
    const play = h('button', { type: 'button', class: 'btn btn-primary hist-play', disabled: track.length < 2 }, t('hist.case.play'));
    const clock = h('span', { class: 'hist-clock muted' }, track.length ? timeLabel(track[0].at) : t('hist.case.noTrack'));
    const fhir = s.kind === 'referral' && s.final
      ? h('button', { type: 'button', class: 'btn btn-ghost hist-fhir' }, t('hist.case.fhir'))
      : null;
    fhir?.addEventListener('click', () => void download(`/api/records/cases/${encodeURIComponent(s.id)}/fhir`, `${numberOf(s)}.fhir.json`));
    const back = h('button', { type: 'button', class: 'btn btn-ghost hist-back' }, t('hist.case.back'));
    back.addEventListener('click', () => { stop(); onBack(); });

    element.replaceChildren(
      h('div', { class: 'hist-case-head' }, back,
        h('h3', {}, `${kindLabel(s.kind)} ${numberOf(s)}`),
        h('span', { class: 'hist-case-state' }, stateLabel(s.kind, s.state)),
        h('span', { class: 'muted' }, patientText(s.patientLine)), fhir),
      h('div', { class: 'hist-case-body' },
        h('div', { class: 'hist-case-left' }, tx('hist.case.timeline', 'h4'),
          h('table', { class: 'hist-table hist-timeline' },
            h('thead', {}, h('tr', {}, ...(['time', 'action', 'who', 'role', 'change', 'reason'] as const).map((k) => h('th', {}, t(`hist.case.${k}`))))),
            h('tbody', {}, ...rows))),
        h('div', { class: 'hist-case-right' }, mapEl,
          h('div', { class: 'hist-player' }, play, h('label', {}, t('hist.case.speed'), ' ', speed), clock,
            h('span', { class: 'muted hist-points' }, t('hist.case.trackPoints', { n: track.length }))))));
    element.hidden = false;

    const r = region();
    if (!r) return;
    map = createBaseMap(mapEl, r);
    const bounds = L.latLngBounds([]);
    for (const p of [record.from, record.to]) if (p) bounds.extend([p.lat, p.lon]);
    if (record.from) L.circleMarker([record.from.lat, record.from.lon], { radius: 7, color: '#d9480f' }).addTo(map);
    if (record.to) L.circleMarker([record.to.lat, record.to.lon], { radius: 7, color: '#5f3dc4' }).addTo(map);
    if (record.from && record.to) {
      void fetchRoute(record.from, record.to).then((route) => {
        if (route && map) L.polyline(route.coordinates.map(([lon, lat]) => [lat, lon] as L.LatLngTuple), { color: '#7048e8', weight: 4, opacity: 0.6, className: 'hist-route' }).addTo(map);
      });
    }
    const line = track.map((p) => [p.lat, p.lon] as L.LatLngTuple);
    line.forEach((p) => bounds.extend(p));
    if (line.length) L.polyline(line, { color: '#868e96', weight: 3, dashArray: '4 4' }).addTo(map);
    const marker = line.length ? L.circleMarker(line[0], { radius: 8, color: '#e03131', fillOpacity: 0.9, className: 'hist-vehicle' }).addTo(map) : null;
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.3), { maxZoom: 16 });
    window.setTimeout(() => map?.invalidateSize(), 50);

    // Playback: recorded time runs `speed` times faster than the wall clock; the marker jumps point to point.
    play.addEventListener('click', () => {
      if (timer) { stop(); play.textContent = t('hist.case.play'); return; }
      const start = Date.parse(track[0].at);
      const started = performance.now();
      let i = 0;
      play.textContent = t('hist.case.pause');
      element.dataset.playback = 'playing';
      timer = window.setInterval(() => {
        const now = start + (performance.now() - started) * Number(speed.value);
        while (i < track.length - 1 && Date.parse(track[i + 1].at) <= now) i++;
        marker?.setLatLng(line[i]);
        clock.textContent = timeLabel(track[i].at);
        element.dataset.playbackIndex = String(i);
        if (i >= track.length - 1) {
          stop();
          play.textContent = t('hist.case.play');
          element.dataset.playback = 'done';
        }
      }, 50);
    });
  }

  return { element, show, relabel, hide: () => { stop(); element.hidden = true; } };
}
