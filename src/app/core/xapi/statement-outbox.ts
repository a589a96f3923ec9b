import { HttpXsrfTokenExtractor } from '@angular/common/http';
import { DestroyRef, Injectable, InjectionToken, inject, signal } from '@angular/core';
import { CSRF_HEADER, XAPI_VERSION, XAPI_VERSION_HEADER, type XapiStatement } from '@koers/contracts';
import { IndexedDbOutboxStore, MemoryOutboxStore, type OutboxEntry, type OutboxStore } from './outbox-store';

/** What happened to one batch. */
export type SendOutcome =
  /** Committed by the server (200): remove from the outbox. */
  | 'stored'
  /** The server refused the batch as a whole (400/409/413): not retried as is. */
  | 'rejected'
  /** Offline, timeout, 5xx, 429: keep and retry with backoff. */
  | 'retry'
  /** No (valid) session: keep, and wait until the student signs in again. */
  | 'signed-out';

export type StatementTransport = (statements: readonly XapiStatement[], options: { keepalive: boolean }) => Promise<SendOutcome>;

export const OUTBOX_STORE = new InjectionToken<OutboxStore>('OUTBOX_STORE', {
  providedIn: 'root',
  factory: () => (typeof indexedDB === 'undefined' ? new MemoryOutboxStore() : new IndexedDbOutboxStore()),
});

/**
 * fetch (not HttpClient) so a flush on `pagehide` can use `keepalive` and outlive the page. The
 * CSRF token comes from HttpClient's own XSRF extractor (configured in app.config.ts).
 */
export function fetchTransport(xsrf: HttpXsrfTokenExtractor): StatementTransport {
  return async (statements, { keepalive }) => {
    const csrf = xsrf.getToken();
    try {
      const response = await fetch('/xapi/statements', {
        method: 'POST',
        credentials: 'same-origin',
        keepalive,
        headers: { 'content-type': 'application/json', [XAPI_VERSION_HEADER]: XAPI_VERSION, ...(csrf ? { [CSRF_HEADER]: csrf } : {}) },
        body: JSON.stringify(statements),
      });
      if (response.ok) return 'stored';
      if (response.status === 401 || response.status === 403) return 'signed-out';
      if (response.status === 408 || response.status === 429 || response.status >= 500) return 'retry';
      return 'rejected';
    } catch {
      return 'retry';
    }
  };
}

export const STATEMENT_TRANSPORT = new InjectionToken<StatementTransport>('STATEMENT_TRANSPORT', {
  providedIn: 'root',
  factory: () => fetchTransport(inject(HttpXsrfTokenExtractor)),
});

/** Backoff: 1 s doubling to 60 s, with "equal jitter" (half fixed, half random) so clients spread out. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const capped = Math.min(60_000, 1000 * 2 ** Math.max(0, attempt));
  return capped / 2 + random() * (capped / 2);
}

export const BATCH_SIZE = 50;
/** Browsers cap keepalive bodies at 64 KiB in total; stay well under it. */
const KEEPALIVE_BYTES = 48 * 1024;

/**
 * The player's outbox (DESIGN.md "No statement is lost"): every statement is written to IndexedDB
 * with its client-generated id before anything is sent; batches go out oldest first; a batch leaves
 * the outbox only when the server has committed it. Retries back off with jitter; the outbox also
 * flushes when the page is hidden or closed (keepalive) and when the browser comes back online.
 * Entries belong to one student: another student signing in on the same device never sends them.
 */
@Injectable({ providedIn: 'root' })
export class StatementOutbox {
  private readonly store = inject(OUTBOX_STORE);
  private readonly transport = inject(STATEMENT_TRANSPORT);
  private owner: string | null = null;
  private flushing: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private sequence = 0;

  /** Statements of the current student that the server has not confirmed yet. */
  readonly pending = signal(0);
  /** True while the last send failed for lack of a connection or server. */
  readonly offline = signal(false);
  /** Statements the server refused (kept out of the outbox so they cannot block the rest). */
  readonly rejected = signal(0);

  constructor() {
    if (typeof window === 'undefined') return;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void this.flush({ keepalive: true });
    };
    const onPageHide = () => void this.flush({ keepalive: true });
    const onOnline = () => {
      this.attempt = 0;
      void this.flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('online', onOnline);
    inject(DestroyRef).onDestroy(() => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('online', onOnline);
      this.clearTimer();
    });
  }

  /** Which student's statements to send (null: nobody signed in, nothing is sent). */
  async useOwner(owner: string | null): Promise<void> {
    this.owner = owner;
    this.attempt = 0;
    this.pending.set(owner ? await this.store.count(owner) : 0);
    if (owner) void this.flush();
  }

  /** Durably queues the statement, then tries to send. Resolves once it is safe on the device. */
  async record(statement: XapiStatement): Promise<void> {
    const owner = this.owner;
    if (!owner) throw new Error('No student is signed in: statements cannot be recorded.');
    if (!statement.id) throw new Error('Statements need a client-generated id.');
    // queuedAt keeps the order of statements recorded within the same millisecond.
    const entry: OutboxEntry = { id: statement.id, owner, statement, queuedAt: Date.now() + (this.sequence++ % 1000) / 1000 };
    await this.store.put(entry);
    this.pending.update((count) => count + 1);
    this.schedule(0);
  }

  /** Sends everything queued, batch by batch, until empty or a send fails. */
  flush(options: { keepalive?: boolean } = {}): Promise<void> {
    if (options.keepalive) return this.sendOnce(true);
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    this.clearTimer();
    for (;;) {
      const owner = this.owner;
      if (!owner) return;
      const batch = await this.store.oldest(owner, BATCH_SIZE);
      if (batch.length === 0) {
        this.offline.set(false);
        this.pending.set(0);
        return;
      }
      const outcome = await this.transport(batch.map((entry) => entry.statement), { keepalive: false });
      if (outcome === 'stored') {
        await this.store.remove(batch.map((entry) => entry.id));
        this.attempt = 0;
        this.offline.set(false);
        this.pending.set(await this.store.count(owner));
        continue;
      }
      if (outcome === 'rejected' && (await this.isolate(batch))) continue;
      if (outcome !== 'signed-out') {
        this.offline.set(true);
        this.schedule(backoffDelay(this.attempt++));
      }
      return; // retry later, or wait for a new session ('signed-out')
    }
  }

  /**
   * A refused batch is retried one statement at a time so one bad statement cannot hold back the
   * others; a statement refused on its own is dropped from the outbox and counted. False when a
   * send failed for another reason (offline…): the rest stays queued.
   */
  private async isolate(batch: readonly OutboxEntry[]): Promise<boolean> {
    for (const [index, entry] of batch.entries()) {
      const outcome = batch.length === 1 && index === 0 ? 'rejected' : await this.transport([entry.statement], { keepalive: false });
      if (outcome === 'stored') {
        await this.store.remove([entry.id]);
      } else if (outcome === 'rejected') {
        await this.store.remove([entry.id]);
        this.rejected.update((count) => count + 1);
        console.error('Koers: the server refused a statement', entry.statement);
      } else {
        return false;
      }
    }
    return true;
  }

  /** Page is going away: one keepalive request with what fits; the rest waits for the next visit. */
  private async sendOnce(keepalive: boolean): Promise<void> {
    const owner = this.owner;
    if (!owner) return;
    const batch = await this.store.oldest(owner, BATCH_SIZE);
    const fitting: OutboxEntry[] = [];
    let bytes = 2;
    for (const entry of batch) {
      bytes += JSON.stringify(entry.statement).length + 1;
      if (bytes > KEEPALIVE_BYTES) break;
      fitting.push(entry);
    }
    if (fitting.length === 0) return;
    // Not removed here: the page may not live to see the answer. The next visit sends them again
    // and the server treats the identical statements as a no-op.
    const outcome = await this.transport(fitting.map((entry) => entry.statement), { keepalive });
    if (outcome === 'stored') {
      await this.store.remove(fitting.map((entry) => entry.id));
      this.pending.set(await this.store.count(owner));
    }
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
