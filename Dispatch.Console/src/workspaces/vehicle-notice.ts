// Vehicle crews sign in from their device; in the console they only get an explanation.
import { h, tx } from '../ui/dom';
import type { Workspace } from './context';

export const vehicleNotice: Workspace = (main) => {
  main.replaceChildren(h('section', { class: 'notice-card' }, tx('vehicleRole.title', 'h2'), tx('vehicleRole.body', 'p')));
  return () => undefined;
};
