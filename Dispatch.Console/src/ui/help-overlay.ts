// The "?" overlay listing keyboard shortcuts.
import { h, tx } from './dom';
import { createDialog, type Dialog } from './dialog';
import type { MessageKey } from '../i18n';

export interface Shortcut {
  keys: string[];
  label: MessageKey;
}

export function createHelpOverlay(shortcuts: Shortcut[]): Dialog {
  const dialog = createDialog('help.title', 'help-overlay');
  dialog.body.append(h('table', { class: 'shortcut-table' },
    ...shortcuts.map((s) => h('tr', {},
      h('td', {}, ...s.keys.flatMap((k, i) => [i ? ' / ' : '', h('kbd', {}, k)])),
      h('td', {}, tx(s.label))))));
  return dialog;
}
