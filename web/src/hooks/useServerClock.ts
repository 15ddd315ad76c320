import { useEffect, useSyncExternalStore } from 'react';
import { client, unwrap } from '../api/client';

/**
 * Countdowns must follow the server's clock, not the browser's: the browser may be off by
 * minutes, and the server clock can be moved by the time machine. We estimate the offset from
 * `GET /health` (`time`), taking the middle of the round trip as the moment the server answered.
 */

const RESYNC_MS = 60_000;

interface ClockState {
  offsetMs: number;
  synced: boolean;
}

let state: ClockState = { offsetMs: 0, synced: false };
let lastSyncAt = 0;
const listeners = new Set<() => void>();
let inflight: Promise<void> | null = null;
let users = 0;
let timer: ReturnType<typeof setInterval> | null = null;

function emit(): void {
  for (const listener of listeners) listener();
}

/** Re-reads the server time now (e.g. after the time machine moved it). Never throws. */
export function resyncServerClock(): Promise<void> {
  if (inflight) return inflight;
  inflight = (async () => {
    const sent = Date.now();
    try {
      const health = await unwrap(client.GET('/api/v1/health'));
      const received = Date.now();
      const server = health?.time ? Date.parse(health.time) : Number.NaN;
      if (Number.isFinite(server)) {
        state = { offsetMs: server - (sent + received) / 2, synced: true };
        lastSyncAt = received;
        emit();
      }
    } catch {
      // Keep the last known offset; the next periodic sync will try again.
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

/** The current server time in epoch milliseconds, as best we know it. */
export function serverNow(): number {
  return Date.now() + state.offsetMs;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The first mounted user starts the periodic resync, the last one stops it. */
function retain(): () => void {
  users += 1;
  if (users === 1) {
    // Navigating between pages remounts the countdowns; a fresh offset is only needed when stale.
    if (!state.synced || Date.now() - lastSyncAt > RESYNC_MS) void resyncServerClock();
    timer = setInterval(() => void resyncServerClock(), RESYNC_MS);
  }
  return () => {
    users -= 1;
    if (users === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

export interface ServerClock extends ClockState {
  now: () => number;
  resync: () => Promise<void>;
}

export function useServerClock(): ServerClock {
  const snapshot = useSyncExternalStore(subscribe, () => state);
  useEffect(retain, []);
  return { ...snapshot, now: serverNow, resync: resyncServerClock };
}

// One shared one-second ticker for every live countdown on the page.
let tick = 0;
const tickListeners = new Set<() => void>();
let ticker: ReturnType<typeof setInterval> | null = null;

function subscribeTick(listener: () => void): () => void {
  tickListeners.add(listener);
  if (!ticker) {
    ticker = setInterval(() => {
      tick += 1;
      for (const l of tickListeners) l();
    }, 1000);
  }
  return () => {
    tickListeners.delete(listener);
    if (tickListeners.size === 0 && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
  };
}

/** Server time, re-rendering the caller every second. */
export function useServerNow(): number {
  useServerClock();
  useSyncExternalStore(subscribeTick, () => tick);
  return serverNow();
}
