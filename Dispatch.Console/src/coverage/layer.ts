// The coverage layer: every grid cell shaded by its response-time band, and the standby posts; switched on and off
// from its own map control, which also shows the share covered now.
import * as L from 'leaflet';
import { esc, h } from '../ui/dom';
import { onLangChange, t } from '../i18n';
import { percent, zoneName } from './labels';
import type { CoverageGrid, CoverageView } from './types';

export const BAND_COLOURS = ['#16a34a', '#f59e0b', '#dc2626', '#7f1d1d'];
const BAND_OPACITY = [0.18, 0.3, 0.36, 0.45];

export class CoverageLayer {
  readonly group = L.layerGroup();
  private readonly renderer = L.canvas({ padding: 0.3 });
  private cells: L.Rectangle[] = [];
  private bands = '';
  private grid: CoverageGrid | null = null;
  private view: CoverageView | null = null;
  private map: L.Map | null = null;
  private shown = false;
  readonly button = h('button', { type: 'button', class: 'btn btn-small coverage-toggle', 'aria-pressed': 'false' });
  readonly kpi = h('span', { class: 'coverage-kpi' });
  private readonly offLang = onLangChange(() => this.renderControl());
  private readonly toggled = new Set<() => void>();

  constructor() {
    this.button.addEventListener('click', () => this.toggle());
    this.renderControl();
  }

  control(): L.Control {
    const box = h('div', { class: 'coverage-box' }, this.button, this.kpi);
    L.DomEvent.disableClickPropagation(box);
    const Control = L.Control.extend({ onAdd: () => box });
    return new Control({ position: 'topleft' });
  }

  addTo(map: L.Map): void {
    this.map = map;
    map.createPane('coverage').style.zIndex = '350';
  }

  get isShown(): boolean {
    return this.shown;
  }

  toggle(show = !this.shown): void {
    this.shown = show;
    if (this.map) {
      if (show) this.group.addTo(this.map);
      else this.group.remove();
    }
    this.renderControl();
    for (const listener of this.toggled) listener();
  }

  /** Told whenever the layer is switched on or off, from the map's control or anywhere else. */
  onToggle(listener: () => void): () => void {
    this.toggled.add(listener);
    return () => this.toggled.delete(listener);
  }

  setGrid(grid: CoverageGrid): void {
    this.grid = grid;
    this.group.clearLayers();
    this.cells = grid.cells.map((c) => L.rectangle(
      [[c.lat - grid.halfLat, c.lon - grid.halfLon], [c.lat + grid.halfLat, c.lon + grid.halfLon]],
      { renderer: this.renderer, pane: 'coverage', stroke: false, fillOpacity: 0, interactive: false }).addTo(this.group));
    for (const p of grid.posts) {
      L.circleMarker([p.lat, p.lon], { radius: 5, color: '#0f172a', weight: 2, fillColor: '#fff', fillOpacity: 1, className: 'coverage-post' })
        // Worded when shown, so an open map follows a language switch.
        .bindTooltip(() => `${esc(t('cov.post'))} · ${esc(zoneName(p))}`).addTo(this.group);
    }
    this.bands = '';
    if (this.view) this.update(this.view);
  }

  update(view: CoverageView): void {
    this.view = view;
    this.renderControl();
    if (!this.grid || view.bands.length !== this.cells.length) return;
    for (let i = 0; i < this.cells.length; i++) {
      const band = view.bands.charCodeAt(i) - 48;
      if (this.bands.charCodeAt(i) - 48 === band) continue;
      this.cells[i]?.setStyle({ fillColor: BAND_COLOURS[band] ?? BAND_COLOURS[3], fillOpacity: BAND_OPACITY[band] ?? 0.45 });
    }
    this.bands = view.bands;
    // Cells per band, readable from the page (the cells themselves are drawn on a canvas).
    this.kpi.dataset.bands = this.bandCounts().join(',');
  }

  /** Cells per band, for tests and diagnostics. */
  bandCounts(): number[] {
    const counts = [0, 0, 0, 0];
    for (const ch of this.bands) counts[ch.charCodeAt(0) - 48] = (counts[ch.charCodeAt(0) - 48] ?? 0) + 1;
    return counts;
  }

  private renderControl(): void {
    this.button.textContent = t(this.shown ? 'cov.layerHide' : 'cov.layerShow');
    this.button.setAttribute('aria-pressed', String(this.shown));
    this.kpi.textContent = this.view ? t('cov.kpiShort', { share: percent(this.view.coveredShare) }) : '';
    this.kpi.classList.toggle('is-low', !!this.view?.belowThreshold);
  }

  dispose(): void {
    this.offLang();
    this.group.remove();
  }
}
