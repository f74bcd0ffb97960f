// Names and numbers of coverage, in the console's language.
import { lang, t } from '../i18n';
import type { CoverageGap, MoveUp, ZoneCoverage, ZoneEffect } from './types';

export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

export function zoneName(z: { name: string; nameEn?: string | null }): string {
  return lang() === 'en' && z.nameEn ? z.nameEn : z.name;
}

export function postName(m: MoveUp): string {
  return lang() === 'en' && m.postNameEn ? m.postNameEn : m.postName;
}

export function zoneKind(z: ZoneCoverage | ZoneEffect): string {
  return t(z.township ? 'cov.township' : 'cov.community');
}

export function gapText(gap: CoverageGap): string {
  return t('cov.gapConfirm', { zone: zoneName(gap), share: percent(gap.shareAfter), min: String(gap.minutesAfter) });
}
