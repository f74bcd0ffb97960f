// Closures on the dispatcher's map (red dashed lines, tooltip: reason, who, when) and their list with a lift button.
import * as L from 'leaflet';
import { esc, h, tx } from '../ui/dom';
import { formatTime, onLangChange, t } from '../i18n';
import { toast } from '../ui/banners';
import { ApiError } from '../auth/http';
import { liftClosure, type RoadClosure } from './api';
import { failureText } from '../ui/failure';

const STYLE: L.PolylineOptions = { color: '#dc2626', weight: 5, opacity: 0.9, dashArray: '10 8', lineCap: 'butt' };

export function closureReason(c: RoadClosure): string {
  return c.reason?.trim() || t('closure.noReason');
}

/** "set by {who} at {time}" around the dispatcher's name, which stays as written in either language. */
function setLineParts(c: RoadClosure): [before: string, who: string, after: string] {
  const mark = '\u0000';
  const [before = '', after = ''] = t('closure.setBy', { who: mark, time: formatTime(new Date(c.setAt), false) }).split(mark);
  return [before, c.setByName || c.setBy, after];
}

function setLine(c: RoadClosure): HTMLElement {
  const [before, who, after] = setLineParts(c);
  return h('div', { class: 'muted' }, before, h('span', { class: 'closure-who', translate: 'no' }, who), after);
}

function setLineHtml(c: RoadClosure): string {
  const [before, who, after] = setLineParts(c);
  return `${esc(before)}<span class="closure-who" translate="no">${esc(who)}</span>${esc(after)}`;
}

/** The reason as the dispatcher typed or chose it, kept as written; the stand-in for none is the console's own text. */
function reasonHtml(c: RoadClosure): string {
  return c.reason?.trim() ? `<span translate="no">${esc(c.reason.trim())}</span>` : esc(t('closure.noReason'));
}

export class ClosureLayer {
  readonly group = L.layerGroup();
  readonly list = h('ul', { class: 'closure-list' });
  private readonly closures = new Map<string, RoadClosure>();
  private readonly offLang = onLangChange(() => this.render());
  // SVG, not the map's shared canvas: a handful of lines, each a real element to hover and to find. Their own pane
  // sits above the vehicles' canvas, which would otherwise swallow the pointer before it reaches a line.
  private readonly renderer = L.svg({ padding: 0.2, pane: 'closures' });

  constructor(private readonly focus: (bounds: L.LatLngBounds) => void) {}

  addTo(map: L.Map): void {
    map.createPane('closures').style.zIndex = '460';
    this.group.addTo(map);
  }

  replaceAll(list: RoadClosure[]): void {
    this.closures.clear();
    for (const c of list) this.closures.set(c.id, c);
    this.render();
  }

  add(c: RoadClosure): void {
    this.closures.set(c.id, c);
    this.render();
  }

  get size(): number {
    return this.closures.size;
  }

  private render(): void {
    this.group.clearLayers();
    const items: HTMLElement[] = [];
    const sorted = [...this.closures.values()].sort((a, b) => b.setAt.localeCompare(a.setAt));
    for (const c of sorted) {
      const points = c.line.map(([lon, lat]) => L.latLng(lat, lon));
      const tip = `<b>${esc(t('closure.closed'))} · ${reasonHtml(c)}</b><br>${setLineHtml(c)}`;
      if (points.length > 1) {
        L.polyline(points, { ...STYLE, renderer: this.renderer, className: 'closure-line', interactive: false }).addTo(this.group);
        // A wide invisible twin takes the pointer: a thin dashed line is mostly gaps, hard to hover.
        L.polyline(points, { renderer: this.renderer, weight: 16, opacity: 0, className: 'closure-hit' })
          .bindTooltip(tip, { sticky: true, opacity: 1 }).addTo(this.group);
      } else {
        L.circle(points[0] ?? L.latLng(0, 0), { ...STYLE, renderer: this.renderer, radius: Math.max(c.radiusMeters, 30), className: 'closure-line' })
          .bindTooltip(tip, { sticky: true, opacity: 1 }).addTo(this.group);
      }

      const lift = h('button', { type: 'button', class: 'btn btn-ghost btn-small' }, t('closure.lift'));
      lift.addEventListener('click', () => {
        lift.disabled = true;
        liftClosure(c.id)
          .then(() => { this.closures.delete(c.id); this.render(); toast(t('closure.lifted', { reason: closureReason(c) }), 'success'); })
          // 404: already lifted by someone else; the list catches up.
          .catch((err: unknown) => {
            if (err instanceof ApiError && err.status === 404) { this.closures.delete(c.id); this.render(); return; }
            toast(failureText(err), 'error');
            lift.disabled = false;
          });
      });
      const name = h('button', { type: 'button', class: 'closure-name', title: t('closure.show'), ...(c.reason?.trim() ? { translate: 'no' } : {}) }, closureReason(c));
      name.addEventListener('click', () => this.focus(L.latLngBounds(points)));
      items.push(h('li', { class: 'closure-item', 'data-id': c.id }, h('div', {}, name, setLine(c)), lift));
    }
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
  }

  dispose(): void {
    this.offLang();
    this.group.remove();
  }
}

/** The map's top-right box: the draw button and the closures in force. */
export function closureControl(layer: ClosureLayer, onDraw: () => void): { control: L.Control; button: HTMLButtonElement } {
  const button = h('button', { type: 'button', class: 'btn btn-small closure-draw', 'data-i18n-title': 'closure.toolTitle', title: t('closure.toolTitle') },
    tx('closure.tool'), h('kbd', {}, 'C'));
  button.addEventListener('click', onDraw);
  const box = h('div', { class: 'closure-box' }, button, layer.list);
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);
  const Control = L.Control.extend({ onAdd: () => box });
  return { control: new Control({ position: 'topright' }), button };
}
