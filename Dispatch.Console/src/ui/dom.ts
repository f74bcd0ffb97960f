// Tiny DOM builder: enough to keep screens declarative without a framework.
import type { MessageKey } from '../i18n';
import { t } from '../i18n';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'class') el.className = String(value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A text element whose content follows the language switch (see i18n.applyStatic). */
export function tx<K extends keyof HTMLElementTagNameMap = 'span'>(key: MessageKey, tag?: K, attrs: Attrs = {}): HTMLElementTagNameMap[K] {
  const el = h((tag ?? 'span') as K, { ...attrs, 'data-i18n': key });
  el.textContent = t(key);
  return el;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Escapes text for the few places Leaflet wants HTML strings (tooltips, divIcons). */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
