// A vehicle drawn straight onto Leaflet's shared canvas: thousands of DOM markers moving ten times a second
// cost far more than one canvas redraw per frame. Shape tells the kind (square + cross = ambulance,
// circle + 转 = non-emergency), fill tells the status, grey + dashed ring + tag marks a vehicle that lost contact.
import * as L from 'leaflet';
import { STALE_COLOUR, STATUS_COLOURS } from './status';
import { t } from '../i18n';
import type { Vehicle } from './types';

/** Leaflet internals used to draw on its canvas renderer (stable across 1.x). */
interface CanvasInternals {
  _ctx: CanvasRenderingContext2D;
  _drawing: boolean;
}
interface MarkInternals {
  _renderer: CanvasInternals;
  _point: L.Point;
  _map: L.Map | null;
}

const FULL_ZOOM = 14; // from here on, glyphs are legible and worth drawing

export class VehicleMark extends L.CircleMarker {
  constructor(latlng: L.LatLngExpression, public vehicle: Vehicle, private staleTag: () => string, renderer: L.Renderer) {
    super(latlng, { renderer, radius: 10, stroke: false, fill: true, interactive: true, bubblingMouseEvents: false });
    this.refresh();
  }

  /** Call after status / stale changes: widens the redraw area so the stale tag never leaves ghosts. */
  refresh(): void {
    this.setRadius(this.vehicle.stale ? 34 : 10);
  }

  private get full(): boolean {
    const map = (this as unknown as MarkInternals)._map;
    return map ? map.getZoom() >= FULL_ZOOM : false;
  }

  // Hit testing on the visible shape, not on the (possibly widened) redraw radius.
  _containsPoint(p: L.Point): boolean {
    const centre = (this as unknown as MarkInternals)._point;
    return p.distanceTo(centre) <= (this.full ? 11 : 6);
  }

  _updatePath(): void {
    const { _renderer: renderer, _point: p } = this as unknown as MarkInternals;
    if (!renderer._drawing || !p) return;
    const ctx = renderer._ctx;
    const v = this.vehicle;
    const colour = v.stale ? STALE_COLOUR : STATUS_COLOURS[v.status];
    const full = this.full;
    if (!full) {
      // Overview: thousands of marks, so two plain fills each (outline, then status colour), no state changes.
      ctx.fillStyle = v.stale ? '#374151' : '#ffffff';
      if (v.kind === 'nonEmergency') {
        ctx.beginPath();
        ctx.arc(p.x, p.y, 5.5, 0, Math.PI * 2);
        ctx.fill();
        ctx.fillStyle = colour;
        ctx.beginPath();
        ctx.arc(p.x, p.y, 4.2, 0, Math.PI * 2);
        ctx.fill();
      } else {
        ctx.fillRect(p.x - 5.5, p.y - 5.5, 11, 11);
        ctx.fillStyle = colour;
        ctx.fillRect(p.x - 4.2, p.y - 4.2, 8.4, 8.4);
      }
      return;
    }
    const half = 9;
    ctx.save();
    ctx.beginPath();
    if (v.kind === 'nonEmergency') ctx.arc(p.x, p.y, half, 0, Math.PI * 2);
    else ctx.roundRect(p.x - half, p.y - half, half * 2, half * 2, 3);
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = v.stale ? '#374151' : '#ffffff';
    if (v.stale) ctx.setLineDash([3, 2]);
    ctx.stroke();
    ctx.setLineDash([]);
    {
      ctx.fillStyle = '#ffffff';
      if (v.kind === 'nonEmergency') {
        ctx.font = 'bold 10px "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(t('glyph.nonEmergency'), p.x, p.y + 0.5);
      } else {
        ctx.fillRect(p.x - 1.5, p.y - 5, 3, 10);
        ctx.fillRect(p.x - 5, p.y - 1.5, 10, 3);
      }
    }
    // The tag is for when the dispatcher is looking closely; in the overview the grey mark says it.
    if (v.stale) {
      const text = this.staleTag();
      ctx.font = '10px "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif';
      const w = ctx.measureText(text).width + 6;
      const x = p.x + half + 2;
      ctx.fillStyle = '#4b5563';
      ctx.beginPath();
      ctx.roundRect(x, p.y - 7, w, 14, 3);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, x + 3, p.y + 0.5);
    }
    ctx.restore();
  }
}
