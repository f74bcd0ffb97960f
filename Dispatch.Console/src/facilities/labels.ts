// Localised names for facilities and capability badges.
import { lang, t, tOr } from '../i18n';
import type { GrassrootsFacility, Hospital } from './types';

export function facilityName(f: Hospital | GrassrootsFacility): string {
  return lang() === 'en' && f.nameEn ? f.nameEn : f.name;
}

export function capabilityLabel(capability: string): string {
  return tOr(`cap.${capability}`, capability);
}

export function levelLabel(level: string): string {
  return tOr(`fac.level.${level}`, level);
}

export function grassrootsKindLabel(kind: string): string {
  return tOr(`fac.kind.${kind}`, kind);
}

export function diversionLabel(onDiversion: boolean): string {
  return t(onDiversion ? 'fac.onDiversion' : 'fac.accepting');
}
