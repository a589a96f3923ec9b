import { TestBed } from '@angular/core/testing';
import type { XapiStatement } from '@koers/contracts';
import { MemoryOutboxStore } from './outbox-store';
import { BATCH_SIZE, OUTBOX_STORE, STATEMENT_TRANSPORT, type SendOutcome, StatementOutbox, backoffDelay } from './statement-outbox';

const statement = (n: number): XapiStatement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { account: { homePage: 'https://koers.app/leerling', name: 's' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
  object: { id: 'https://koers.app/xapi/activities/x' },
});

describe('StatementOutbox', () => {
  let store: MemoryOutboxStore;
  let outcomes: SendOutcome[];
  let sent: { ids: string[]; keepalive: boolean }[];

  function setUp(): StatementOutbox {
    store = new MemoryOutboxStore();
    sent = [];
    TestBed.configureTestingModule({
      providers: [
        { provide: OUTBOX_STORE, useValue: store },
        {
          provide: STATEMENT_TRANSPORT,
          useValue: async (statements: readonly XapiStatement[], options: { keepalive: boolean }) => {
            sent.push({ ids: statements.map((s) => s.id!), keepalive: options.keepalive });
            return outcomes.shift() ?? 'stored';
          },
        },
      ],
    });
    return TestBed.inject(StatementOutbox);
  }

  beforeEach(() => {
    jasmine.clock().install();
    outcomes = [];
  });
  afterEach(() => jasmine.clock().uninstall());

  it('keeps a statement in the outbox until the server has stored it', async () => {
    const outbox = setUp();
    await outbox.useOwner('student-a');
    outcomes = ['retry'];
    await outbox.record(statement(1));
    await outbox.flush();
    expect(store.entries.size).toBe(1);
    expect(outbox.offline()).toBeTrue();
    expect(outbox.pending()).toBe(1);

    await outbox.flush();
    expect(store.entries.size).toBe(0);
    expect(outbox.pending()).toBe(0);
    expect(outbox.offline()).toBeFalse();
    expect(sent.map((s) => s.ids)).toEqual([[statement(1).id!], [statement(1).id!]]);
  });

  it('sends oldest first in batches', async () => {
    const outbox = setUp();
    await outbox.useOwner('student-a');
    for (let n = 0; n < BATCH_SIZE + 5; n++) await outbox.record(statement(n));
    expect(outbox.pending()).toBe(BATCH_SIZE + 5);
    await outbox.flush();
    expect(sent.map((s) => s.ids.length)).toEqual([BATCH_SIZE, 5]);
    expect(sent[0].ids[0]).toBe(statement(0).id!);
    expect(sent[1].ids[4]).toBe(statement(BATCH_SIZE + 4).id!);
    expect(store.entries.size).toBe(0);
  });

  it('never sends another student’s statements', async () => {
    const outbox = setUp();
    await outbox.useOwner('student-a');
    outcomes = ['signed-out'];
    await outbox.record(statement(1));
    await outbox.flush();
    await outbox.useOwner('student-b');
    sent = [];
    await outbox.record(statement(2));
    await outbox.flush();
    expect(sent.flatMap((s) => s.ids)).toEqual([statement(2).id!]);
    expect(await store.count('student-a')).toBe(1);
  });

  it('isolates a refused statement so the rest of the batch still arrives', async () => {
    const outbox = setUp();
    await outbox.useOwner('student-a');
    for (let n = 1; n <= 3; n++) await outbox.record(statement(n));
    outcomes = ['rejected', 'stored', 'rejected', 'stored'];
    spyOn(console, 'error');
    await outbox.flush();
    expect(store.entries.size).toBe(0);
    expect(outbox.rejected()).toBe(1);
  });

  it('flushes with keepalive when the page is hidden', async () => {
    const outbox = setUp();
    await outbox.useOwner('student-a');
    await outbox.record(statement(1));
    const flush = spyOn(outbox, 'flush').and.callThrough();
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledWith({ keepalive: true });
    await flush.calls.mostRecent().returnValue;
    expect(sent).toEqual([{ ids: [statement(1).id!], keepalive: true }]);
    expect(store.entries.size).toBe(0);
  });

  it('backs off exponentially with jitter, capped at a minute', () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(0, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 0.5)).toBe(6000);
    expect(backoffDelay(20, () => 1)).toBe(60_000);
  });

  it('refuses to record without a signed-in student or an id', async () => {
    const outbox = setUp();
    await expectAsync(outbox.record(statement(1))).toBeRejectedWithError(/No student/);
    await outbox.useOwner('student-a');
    await expectAsync(outbox.record({ ...statement(1), id: undefined })).toBeRejectedWithError(/id/);
  });
});
