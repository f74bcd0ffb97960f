// One SignalR connection per signed-in session; workspaces subscribe to typed events and to resyncs.
import * as signalR from '@microsoft/signalr';
import { currentToken } from '../auth/session';
import { HUB_EVENTS, type ConnectionState, type HubEvents, type HubMethods } from './events';

type Handlers = { [K in keyof HubEvents]: Set<HubEvents[K]> };

// SignalR logs transport failures as console errors; while reconnecting those are expected, so they go to warn.
const quietLogger: signalR.ILogger = {
  log(level: signalR.LogLevel, message: string) {
    if (level >= signalR.LogLevel.Warning) console.warn(`[hub] ${message}`);
  },
};

export class DispatchHub {
  private readonly connection: signalR.HubConnection;
  private readonly handlers = Object.fromEntries(HUB_EVENTS.map((name) => [name, new Set()])) as unknown as Handlers;
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private readonly resyncListeners = new Set<(reconnected: boolean) => void>();
  /** Whether a connection has been up before: the next connect is then a return after an outage. */
  private connectedBefore = false;
  private stateValue: ConnectionState = 'connecting';
  private stopped = false;
  private retryTimer = 0;

  constructor(private readonly unauthorized: () => void = () => {}, url = '/hubs/dispatch') {
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl(url, { accessTokenFactory: () => currentToken() })
      .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 15000, 30000])
      .configureLogging(quietLogger)
      .build();
    this.connection.serverTimeoutInMilliseconds = 30000;
    for (const name of HUB_EVENTS) {
      this.connection.on(name, (...args: unknown[]) => {
        for (const handler of this.handlers[name]) (handler as (...a: unknown[]) => void)(...args);
      });
    }
    this.connection.onreconnecting(() => this.setState('reconnecting'));
    this.connection.onreconnected(() => {
      // Events were missed while away: every snapshot is fetched again, once pushes reach us again.
      void this.joined().then(() => {
        this.setState('connected');
        for (const listener of this.resyncListeners) listener(true);
      });
    });
    this.connection.onclose(() => {
      if (this.stopped) return;
      // Automatic reconnect gave up: keep trying on our own, slower.
      this.setState('disconnected');
      this.scheduleStart(15000);
    });
  }

  get state(): ConnectionState {
    return this.stateValue;
  }

  start(): void {
    this.stopped = false;
    this.scheduleStart(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    window.clearTimeout(this.retryTimer);
    this.stateListeners.clear();
    this.resyncListeners.clear();
    for (const set of Object.values(this.handlers)) set.clear();
    await this.connection.stop().catch(() => undefined);
  }

  on<K extends keyof HubEvents>(name: K, handler: HubEvents[K]): () => void {
    this.handlers[name].add(handler);
    return () => this.handlers[name].delete(handler);
  }

  onState(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    listener(this.stateValue);
    return () => this.stateListeners.delete(listener);
  }

  /**
   * Called after every connect, once pushes flow, so snapshots are (re)fetched with nothing missed in between;
   * `reconnected` is false for the first connect of the page.
   */
  onResync(listener: (reconnected: boolean) => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  /**
   * The server answers a call only after the connection joined its push group; until then a push addressed to this
   * user could be missed, so "connected" (and a resync) waits for this answer.
   */
  private joined(): Promise<void> {
    const method: keyof HubMethods = 'Subscriptions';
    return this.connection.invoke<ReturnType<HubMethods[typeof method]>>(method).then(() => undefined, () => undefined);
  }

  private scheduleStart(delayMs: number): void {
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => {
      if (this.stopped) return;
      if (this.stateValue !== 'disconnected') this.setState('connecting');
      this.connection.start().then(
        () => this.joined().then(() => {
          this.setState('connected');
          const reconnected = this.connectedBefore;
          this.connectedBefore = true;
          // Lists loaded while the connection was still joining its push group may have missed a change: fetch them
          // again now that no push can be missed.
          for (const listener of this.resyncListeners) listener(reconnected);
        }),
        (error: unknown) => {
          // A refused token will not get better by retrying: back to sign-in.
          if (/\b401\b/.test(String(error))) {
            this.unauthorized();
            return;
          }
          // First connect failed (server restarting, network down): retry with a capped back-off.
          this.setState('disconnected');
          this.scheduleStart(Math.min(Math.max(delayMs * 2, 2000), 30000));
        },
      );
    }, delayMs);
  }

  private setState(state: ConnectionState): void {
    this.stateValue = state;
    for (const listener of this.stateListeners) listener(state);
  }
}
