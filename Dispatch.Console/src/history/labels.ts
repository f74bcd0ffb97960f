// How the record's codes read in the console's language.
import { h } from '../ui/dom';
import { lang, t, tOr } from '../i18n';
import type { RecordSummary } from './api';

export const kindLabel = (kind: string): string => tOr(`hist.kind.${kind}`, kind);

export const stateLabel = (kind: string, state: string): string =>
  kind === 'referral' ? tOr(`ref.state.${state}`, state) : tOr(`callStatus.${state}`, state);

export const actionLabel = (action: string): string => tOr(`audit.${action.charAt(0).toLowerCase()}${action.slice(1)}`, action);

export const roleLabel = (role: string): string => (role ? tOr(`role.${role}`, role) : t('hist.role.system'));

export function timeLabel(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });
}

export function seconds(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const m = Math.floor(value / 60);
  return t('hist.rep.minutes', { m, s: Math.round(value - m * 60) });
}

/** The patient line's sex code in the reader's language; the rest (age, condition) is shown as written. */
/** "female 67 胸痛…" from the record: sex and age in the UI's language, the condition as the doctor typed it. */
export function patientText(line: string | null): HTMLElement {
  if (!line) return h('span', {}, '—');
  const [first, age, ...rest] = line.split(' ');
  const sex = first === 'male' || first === 'female' || first === 'unknown' ? t(`form.sex.${first}`) : first;
  return h('span', { class: 'hist-patient-line' }, [sex, age].filter(Boolean).join(' '),
    rest.length ? h('span', { translate: 'no' }, ' ' + rest.join(' ')) : null);
}

export const numberOf = (c: RecordSummary): string => c.number ?? c.id;
