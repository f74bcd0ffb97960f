// Language state: zh-CN by default, English on request; the choice survives reloads via localStorage.
import { zhCN, type Dictionary, type MessageKey } from './zh-CN';
import { en } from './en';

export type Lang = 'zh-CN' | 'en';
export type { MessageKey };

const STORAGE_KEY = 'dispatch.lang';
const dictionaries: Record<Lang, Dictionary> = { 'zh-CN': zhCN, en };
const listeners = new Set<() => void>();

function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'zh-CN' ? stored : 'zh-CN';
}

let current: Lang = initialLang();

export function lang(): Lang {
  return current;
}

/** Looks a key up and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  let text = dictionaries[current][key];
  if (params) {
    for (const [name, value] of Object.entries(params)) text = text.split(`{${name}}`).join(String(value));
  }
  return text;
}

/** Looks up a key built from data (a status, a capability); falls back to the raw value for unknown ones. */
export function tOr(key: string, fallback: string): string {
  return key in zhCN ? t(key as MessageKey) : fallback;
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  document.title = `120 ${t('app.title')}`;
  applyStatic(document.body);
  for (const listener of listeners) listener();
}

export function toggleLang(): void {
  setLang(current === 'zh-CN' ? 'en' : 'zh-CN');
}

/** Re-render hook for dynamic content; returns an unsubscribe function. */
export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Static labels carry their key in data attributes so a language switch can relabel them
 * in place without rebuilding the screen (the map and its markers stay as they are).
 */
export function applyStatic(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    (el as HTMLInputElement).placeholder = t(el.dataset.i18nPlaceholder as MessageKey);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle as MessageKey);
}

export function formatTime(date: Date, withSeconds = true): string {
  return date.toLocaleTimeString(current, { hour: '2-digit', minute: '2-digit', second: withSeconds ? '2-digit' : undefined, hour12: false });
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString(current, { year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' });
}

/** "3 分钟前" style age, for last reports and updates. */
export function formatAge(iso: string | undefined | null, now = Date.now()): string {
  if (!iso) return '—';
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '—';
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 5) return t('time.now');
  if (seconds < 60) return t('time.secondsAgo', { n: seconds });
  if (seconds < 3600) return t('time.minutesAgo', { n: Math.floor(seconds / 60) });
  return t('time.hoursAgo', { n: Math.floor(seconds / 3600) });
}

/**
 * Message keys spell an enumeration's value as its member name ("status.EnRoute", "ref.state.HandedOver"); the
 * contract writes it camelCase ("enRoute"). This is the one place that spelling changes.
 */
export function memberName(value: string): string {
  return value ? value.charAt(0).toUpperCase() + value.slice(1) : value;
}
