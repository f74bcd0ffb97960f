// The dispatcher's coverage tab: the KPI card (now and over the shift), move-up suggestions with one-click send,
// and every township's and community's coverage by one and by two ambulances.
import { h } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { toast } from '../ui/banners';
import { sendMoveUp } from './api';
import { percent, postName, zoneKind, zoneName } from './labels';
import { BAND_COLOURS } from './layer';
import type { CoverageView, MoveUp } from './types';
import { failureText } from '../ui/failure';
import { callSignLabel } from '../fleet/labels';

export interface CoveragePanel {
  element: HTMLElement;
  update(view: CoverageView): void;
  dispose(): void;
}

/** The one switch of the coverage layer, shared by the map's control and this panel so both always say the same. */
export interface CoverageSwitch {
  readonly isShown: boolean;
  toggle(): void;
  onToggle(listener: () => void): () => void;
}

export function createCoveragePanel(layer: CoverageSwitch): CoveragePanel {
  const card = h('section', { class: 'coverage-card' });
  const moves = h('section', { class: 'coverage-moves' });
  const zones = h('section', { class: 'coverage-zones' });
  const element = h('section', { class: 'panel coverage-panel' }, card, moves, zones);
  let view: CoverageView | null = null;
  const sending = new Set<string>();

  const kpi = (label: string, value: string, cls = ''): HTMLElement =>
    h('div', { class: `kpi ${cls}` }, h('div', { class: 'kpi-value' }, value), h('div', { class: 'kpi-label muted' }, label));

  const moveRow = (m: MoveUp): HTMLElement => {
    const send = h('button', { type: 'button', class: 'btn btn-primary btn-small', 'data-vehicle': m.vehicleId }, t('cov.send'));
    send.disabled = sending.has(m.vehicleId);
    send.addEventListener('click', () => {
      sending.add(m.vehicleId);
      send.disabled = true;
      sendMoveUp(m.vehicleId, m.postId)
        .then(() => toast(t('cov.sent', { vehicle: callSignLabel(m.callSign, m.callSignEn), post: postName(m) }), 'success'))
        .catch((err: unknown) => toast(failureText(err), 'error'))
        .finally(() => { sending.delete(m.vehicleId); send.disabled = false; });
    });
    const warnings = m.leftBelowTarget.map((z) => h('div', { class: 'move-warning' },
      t('cov.leavesBelow', { zone: zoneName(z), share: percent(z.shareAfter) })));
    return h('li', { class: 'move-up', 'data-vehicle': m.vehicleId, 'data-post': m.postId },
      h('div', { class: 'move-text' },
        h('b', {}, t('cov.moveLine', { vehicle: callSignLabel(m.callSign, m.callSignEn), post: postName(m) })),
        h('div', { class: 'muted' }, t('cov.gain', { gain: percent(m.gainShare), after: percent(m.shareAfter) })), ...warnings),
      send);
  };

  const render = (): void => {
    if (!view) {
      card.replaceChildren(h('div', { class: 'muted' }, t('cov.loading')));
      return;
    }
    const show = h('button', { type: 'button', class: 'btn btn-ghost btn-small coverage-panel-toggle', 'aria-pressed': String(layer.isShown) },
      t(layer.isShown ? 'cov.layerHide' : 'cov.layerShow'));
    show.addEventListener('click', () => layer.toggle());
    card.replaceChildren(
      h('h3', {}, t('cov.title')),
      h('div', { class: 'kpis' },
        kpi(t('cov.now'), percent(view.coveredShare), view.belowThreshold ? 'is-low' : ''),
        kpi(t('cov.twice'), percent(view.coveredTwiceShare)),
        kpi(t('cov.shift'), view.shiftShare == null ? '—' : percent(view.shiftShare))),
      h('div', { class: 'muted' }, t('cov.basis', { n: view.ambulances, threshold: percent(view.threshold) })),
      h('div', { class: 'coverage-bands' }, ...(['cov.band0', 'cov.band1', 'cov.band2', 'cov.band3'] as const).map((key, i) =>
        h('span', {}, h('i', { class: 'dot', style: `background:${BAND_COLOURS[i]}` }), t(key)))),
      show);
    moves.replaceChildren(h('h3', {}, t('cov.moveUps')),
      view.suggestions.length
        ? h('ul', { class: 'move-list' }, ...view.suggestions.map(moveRow))
        : h('div', { class: 'muted' }, t(view.belowThreshold ? 'cov.noMoves' : 'cov.aboveThreshold')));
    const sorted = [...view.zones].sort((a, b) => a.coveredShare - b.coveredShare);
    zones.replaceChildren(h('h3', {}, t('cov.zones')),
      h('table', { class: 'zone-table' },
        h('thead', {}, h('tr', {}, h('th', {}, t('cov.zone')), h('th', {}, t('cov.target')), h('th', {}, t('cov.byOne')), h('th', {}, t('cov.byTwo')), h('th', {}, t('cov.mean')), h('th', {}, t('cov.ambulances')))),
        h('tbody', {}, ...sorted.map((z) => h('tr', { 'data-zone': z.id, class: z.coveredShare < view!.threshold ? 'is-low' : '' },
          h('td', {}, zoneName(z), h('span', { class: 'muted' }, ` · ${zoneKind(z)}`)),
          h('td', {}, t('cov.minutes', { n: z.targetMinutes })),
          h('td', {}, percent(z.coveredShare)),
          h('td', {}, percent(z.coveredTwiceShare)),
          h('td', {}, t('cov.minutes', { n: z.meanMinutes })),
          h('td', {}, String(z.ambulances)))))));
  };
  render();
  const offLang = onLangChange(render);
  const offToggle = layer.onToggle(render);
  return {
    element,
    update(next) { view = next; render(); },
    dispose: () => { offLang(); offToggle(); },
  };
}
