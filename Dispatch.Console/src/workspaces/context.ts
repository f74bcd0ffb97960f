// What the shell hands a workspace when it mounts it.
import type { Session } from '../auth/session';
import type { DispatchHub } from '../realtime/hub';
import type { HeaderHandle } from '../ui/header';

export interface WorkspaceContext {
  session: Session;
  hub: DispatchHub;
  header: HeaderHandle;
}

/** Mounts into `main` and returns its teardown (called on sign-out). */
export type Workspace = (main: HTMLElement, ctx: WorkspaceContext) => () => void;
