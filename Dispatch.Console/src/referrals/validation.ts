// Client-side checks for the green-channel request; messages come from the dictionary (Chinese by default).
import { t } from '../i18n';

export type FieldErrors = Map<string, string>;

/** Parses an integer field within a plausible clinical range; returns the value or records an error. */
export function integerIn(errors: FieldErrors, field: string, raw: string, min: number, max: number): number {
  const text = raw.trim();
  if (!text) {
    errors.set(field, t('val.required'));
    return NaN;
  }
  if (!/^-?\d+$/.test(text)) {
    errors.set(field, t('val.integer'));
    return NaN;
  }
  const value = Number(text);
  if (value < min || value > max) errors.set(field, t('val.range', { min, max }));
  return value;
}

export function requiredText(errors: FieldErrors, field: string, raw: string, max: number): string {
  const text = raw.trim();
  if (!text) errors.set(field, t('val.required'));
  else if (text.length > max) errors.set(field, t('val.tooLong', { max }));
  return text;
}

export function requiredChoice<T extends string>(errors: FieldErrors, field: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) errors.set(field, t('val.required'));
  return raw as T;
}
