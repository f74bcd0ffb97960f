// Dispatcher shortcuts. Letters are ignored while typing in a field; Esc always works.
import type { Shortcut } from '../../ui/help-overlay';

export interface ShortcutActions {
  newCall(): void;
  search(): void;
  escape(): void;
  help(): void;
  tab(index: number): void;
  fit(): void;
  closure(): void;
}

export const DISPATCHER_SHORTCUTS: Shortcut[] = [
  { keys: ['N'], label: 'key.newCall' },
  { keys: ['/'], label: 'key.search' },
  { keys: ['1', '2', '3'], label: 'key.tabs' },
  { keys: ['F'], label: 'key.fit' },
  { keys: ['C'], label: 'key.closure' },
  { keys: ['Esc'], label: 'key.close' },
  { keys: ['?'], label: 'key.help' },
];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function bindShortcuts(actions: ShortcutActions): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape') {
      actions.escape();
      return;
    }
    if (isTyping(e.target) || e.repeat) return;
    const key = e.key.toLowerCase();
    const handled = (() => {
      switch (key) {
        case 'n': actions.newCall(); return true;
        case '/': actions.search(); return true;
        case '?': actions.help(); return true;
        case 'f': actions.fit(); return true;
        case 'c': actions.closure(); return true;
        case '1': case '2': case '3': actions.tab(Number(key) - 1); return true;
        default: return false;
      }
    })();
    if (handled) e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
