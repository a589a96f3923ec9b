import type { XapiStatement } from '@koers/contracts';

/** One statement waiting to be sent. `owner` is the student whose session may send it. */
export interface OutboxEntry {
  readonly id: string;
  readonly owner: string;
  readonly statement: XapiStatement;
  /** Milliseconds since the epoch; the outbox sends oldest first. */
  readonly queuedAt: number;
}

/** Where the outbox keeps statements until the server has committed them. */
export interface OutboxStore {
  put(entry: OutboxEntry): Promise<void>;
  /** Oldest first, at most `limit`, of one owner. */
  oldest(owner: string, limit: number): Promise<OutboxEntry[]>;
  remove(ids: readonly string[]): Promise<void>;
  count(owner: string): Promise<number>;
}

const DB_NAME = 'koers-outbox';
const STORE = 'statements';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

/**
 * IndexedDB-backed store: a statement is durable on the device once `put` resolves (the
 * transaction has committed), so a closed tab or a crash loses nothing that was recorded.
 */
export class IndexedDbOutboxStore implements OutboxStore {
  private database: Promise<IDBDatabase> | null = null;

  constructor(private readonly name = DB_NAME) {}

  private open(): Promise<IDBDatabase> {
    this.database ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(this.name, 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('owner_queued', ['owner', 'queuedAt']);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
    return this.database;
  }

  async put(entry: OutboxEntry): Promise<void> {
    const transaction = (await this.open()).transaction(STORE, 'readwrite', { durability: 'strict' });
    transaction.objectStore(STORE).put(entry);
    await done(transaction);
  }

  async oldest(owner: string, limit: number): Promise<OutboxEntry[]> {
    const transaction = (await this.open()).transaction(STORE, 'readonly');
    const range = IDBKeyRange.bound([owner, -Infinity], [owner, Infinity]);
    return promised(transaction.objectStore(STORE).index('owner_queued').getAll(range, limit)) as Promise<OutboxEntry[]>;
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const transaction = (await this.open()).transaction(STORE, 'readwrite');
    const store = transaction.objectStore(STORE);
    for (const id of ids) store.delete(id);
    await done(transaction);
  }

  async count(owner: string): Promise<number> {
    const transaction = (await this.open()).transaction(STORE, 'readonly');
    return promised(transaction.objectStore(STORE).index('owner_queued').count(IDBKeyRange.bound([owner, -Infinity], [owner, Infinity])));
  }
}

/** For tests and for browsers without IndexedDB (private modes): kept in memory only. */
export class MemoryOutboxStore implements OutboxStore {
  readonly entries = new Map<string, OutboxEntry>();

  async put(entry: OutboxEntry): Promise<void> {
    this.entries.set(entry.id, entry);
  }

  async oldest(owner: string, limit: number): Promise<OutboxEntry[]> {
    return [...this.entries.values()]
      .filter((entry) => entry.owner === owner)
      .sort((a, b) => a.queuedAt - b.queuedAt)
      .slice(0, limit);
  }

  async remove(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.entries.delete(id);
  }

  async count(owner: string): Promise<number> {
    return [...this.entries.values()].filter((entry) => entry.owner === owner).length;
  }
}
