// Drawing a closure: click points along the road, double-click or Enter to finish, Esc to cancel; then the reason.
import * as L from 'leaflet';
import { h, tx } from '../ui/dom';
import { t, type MessageKey } from '../i18n';
import { createDialog } from '../ui/dialog';
import { toast } from '../ui/banners';
import { newIdempotencyKey } from '../auth/http';
import { setClosure, type RoadClosure } from './api';
import { closureReason } from './layer';
import { failureText } from '../ui/failure';

const PRESETS: MessageKey[] = ['closure.reason.flooding', 'closure.reason.checkpoint', 'closure.reason.accident', 'closure.reason.works'];
/** How far either side of the drawn line a road counts as closed: one carriageway, not the parallel street. */
const RADIUS_METERS = 20;
const DRAFT: L.PolylineOptions = { color: '#dc2626', weight: 4, opacity: 0.7, dashArray: '6 6', interactive: false };

export interface ClosureTool {
  /** The reason dialog and the drawing hint, to place over the map. */
  elements: HTMLElement[];
  start(): void;
  /** Esc: abandons the drawing or the reason dialog; false when there was nothing to cancel. */
  cancel(): boolean;
  dispose(): void;
}

export function createClosureTool(getMap: () => L.Map | null, onSaved: (closure: RoadClosure) => void): ClosureTool {
  const hint = h('div', { class: 'map-hint', hidden: true }, tx('closure.hint'));
  const reason = h('input', { class: 'input', name: 'closureReason', maxlength: 200, autocomplete: 'off' });
  const status = h('div', { class: 'form-status', role: 'status' });
  const save = h('button', { type: 'submit', class: 'btn btn-primary' }, tx('closure.save'));
  const presets = h('div', { class: 'chip-row' }, ...PRESETS.map((key) => {
    const chip = h('button', { type: 'button', class: 'chip' }, tx(key));
    chip.addEventListener('click', () => { reason.value = t(key); reason.focus(); });
    return chip;
  }));
  const form = h('form', { class: 'closure-form' },
    h('label', { class: 'field' }, tx('closure.reason'), reason), presets, status,
    h('div', { class: 'form-actions' }, save));
  let idempotencyKey = '';
  const dialog = createDialog('closure.title', 'closure-dialog', () => clear());
  dialog.body.append(form);

  let points: L.LatLng[] = [];
  let draft: L.Polyline | null = null;
  let guide: L.Polyline | null = null;
  let drawing = false;

  const onClick = (e: L.LeafletMouseEvent): void => {
    const map = getMap();
    const last = points[points.length - 1];
    // The two clicks of a double-click land on the same spot: one point.
    if (map && last && map.latLngToContainerPoint(last).distanceTo(e.containerPoint) < 4) return;
    points.push(e.latlng);
    draft?.setLatLngs(points);
  };
  const onMove = (e: L.LeafletMouseEvent): void => {
    const last = points[points.length - 1];
    guide?.setLatLngs(last ? [last, e.latlng] : []);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' && drawing) { e.preventDefault(); finish(); }
  };

  function stopDrawing(): void {
    const map = getMap();
    drawing = false;
    hint.hidden = true;
    guide?.remove();
    guide = null;
    document.removeEventListener('keydown', onKey);
    if (!map) return;
    map.off('click', onClick);
    map.off('dblclick', finish);
    map.off('mousemove', onMove);
    map.getContainer().classList.remove('is-drawing');
    // Leaflet zooms on a double-click; not while it finishes a line.
    window.setTimeout(() => map.doubleClickZoom.enable(), 0);
  }

  function clear(): void {
    if (drawing) stopDrawing();
    draft?.remove();
    draft = null;
    points = [];
  }

  function finish(): void {
    if (!drawing) return;
    if (points.length < 2) {
      toast(t('closure.tooFew'), 'info');
      return;
    }
    stopDrawing();
    idempotencyKey = newIdempotencyKey();
    reason.value = '';
    status.textContent = '';
    dialog.open();
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const line = points.map((p): [number, number] => [Math.round(p.lng * 1e6) / 1e6, Math.round(p.lat * 1e6) / 1e6]);
    save.disabled = true;
    status.textContent = '';
    setClosure({ reason: reason.value.trim(), line, radiusMeters: RADIUS_METERS }, idempotencyKey)
      .then((closure) => {
        onSaved(closure);
        toast(t('closure.saved', { reason: closureReason(closure), n: closure.closedEdges }), 'success');
        dialog.close();
      })
      .catch((err: unknown) => { status.textContent = failureText(err); })
      .finally(() => { save.disabled = false; });
  });

  return {
    elements: [dialog.element, hint],
    start() {
      const map = getMap();
      if (!map || drawing || dialog.isOpen) return;
      drawing = true;
      points = [];
      draft = L.polyline([], DRAFT).addTo(map);
      guide = L.polyline([], { ...DRAFT, opacity: 0.4 }).addTo(map);
      map.doubleClickZoom.disable();
      map.getContainer().classList.add('is-drawing');
      map.on('click', onClick);
      map.on('dblclick', finish);
      map.on('mousemove', onMove);
      document.addEventListener('keydown', onKey);
      hint.hidden = false;
    },
    cancel() {
      if (dialog.isOpen) { dialog.close(); return true; }
      if (drawing) { clear(); return true; }
      return false;
    },
    dispose: clear,
  };
}
