// Localised vehicle labels and the popup body.
import { esc } from '../ui/dom';
import { formatAge, lang, memberName, t, tOr } from '../i18n';
import type { Vehicle } from './types';

/** Message keys name statuses as the server's enum members do ("status.EnRoute" for "enRoute"). */
export function statusLabel(status: string): string {
  return tOr(`status.${memberName(status)}`, status);
}

export function kindLabel(kind: string): string {
  return tOr(`vehicle.kind.${kind}`, kind);
}

export function equipmentLabel(item: string): string {
  return tOr(`equip.${item}`, item);
}

export function typeLabel(type: string): string {
  return type ? tOr(`vtype.${type}`, type) : '';
}

/**
 * A call sign in the console's language: the region names its vehicles in Chinese ("急救01") and in English
 * ("EMS 01", `callSignEn`); where the region gives no English form, the kind word is translated and the number kept.
 */
export function callSignLabel(callSign: string, callSignEn?: string | null): string {
  if (lang() !== 'en') return callSign;
  if (callSignEn) return callSignEn;
  const m = /^([\u3400-\u9fff]+)\s*(.*)$/.exec(callSign);
  if (!m) return callSign;
  const word = tOr(`callsign.${m[1]}`, m[1]);
  return m[2] ? `${word} ${m[2]}` : word;
}

export function stationLabel(v: Vehicle): string {
  return lang() === 'en' && v.stationNameEn ? v.stationNameEn : v.stationName;
}

export function vehiclePopup(v: Vehicle): string {
  const pos = v.position;
  const row = (label: string, value: string): string => `<tr><th>${esc(label)}</th><td>${value}</td></tr>`;
  return `<div class="veh-pop">
    <div class="veh-pop-head"><b>${esc(callSignLabel(v.callSign, v.callSignEn))}</b>
      <span class="status-pill s-${esc(v.status)}">${esc(statusLabel(v.status))}</span>
      ${v.stale ? `<span class="stale-pill">${esc(t('vehicle.stale'))}</span>` : ''}</div>
    <table>
      ${row(t('vehicle.type'), `${esc(kindLabel(v.kind))}${v.type ? ` · ${esc(typeLabel(v.type))}` : ''}`)}
      ${row(t('vehicle.station'), esc(stationLabel(v) || '—'))}
      ${typeof v.seats === 'number' ? row(t('vehicle.seats'), String(v.seats)) : ''}
      ${v.equipment.length ? row(t('vehicle.equipment'), esc(v.equipment.map(equipmentLabel).join(t('fmt.listSep')))) : ''}
      ${pos ? row(t('vehicle.speed'), `${Math.round(pos.speedKmh ?? 0)} ${esc(t('vehicle.kmh'))}`) : ''}
      ${row(t('vehicle.lastReport'), pos ? esc(formatAge(pos.timestamp)) : esc(t('vehicle.noPosition')))}
    </table></div>`;
}
