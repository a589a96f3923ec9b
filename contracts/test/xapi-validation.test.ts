/** Tests of contracts/src/xapi-validation against the rules of xAPI 1.0.3 Data §2.4. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statementProblems, type XapiProblem } from '../src/xapi-validation';
import { VERBS } from '../src/xapi';

const valid = {
  id: '0b6f3f0e-2f5a-4c9e-9d3c-7a1f8e2b4c5d',
  actor: { objectType: 'Agent', account: { homePage: 'https://koers.app/leerling', name: 'abc' } },
  verb: { id: VERBS.played, display: { 'nl-NL': 'speelde af' } },
  object: { objectType: 'Activity', id: 'https://koers.app/xapi/activities/modules/1', definition: { name: { nl: 'Video' } } },
  result: { score: { scaled: 0.5, raw: 5, min: 0, max: 10 }, duration: 'PT1M30.5S', extensions: { 'https://w3id.org/xapi/video/extensions/progress': 0.5 } },
  context: { registration: '1b6f3f0e-2f5a-4c9e-9d3c-7a1f8e2b4c5d', contextActivities: { category: [{ id: 'https://w3id.org/xapi/video' }] } },
  timestamp: '2026-11-25T10:00:00.123+01:00',
  version: '1.0.3',
};

/** The statement with `patch` applied (a value of undefined removes the property). */
function withPatch(patch: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...valid, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete copy[key];
  return copy;
}

function fieldsAndCodes(problems: readonly XapiProblem[]): string[] {
  return problems.map((problem) => `${problem.field} ${problem.code}`);
}

describe('statementProblems', () => {
  it('accepts a complete, valid statement', () => {
    assert.deepEqual(statementProblems(valid), []);
  });

  it('accepts every kind of inverse functional identifier, one at a time', () => {
    for (const actor of [
      { mbox: 'mailto:a@example.org' },
      { mbox_sha1sum: 'a'.repeat(40) },
      { openid: 'https://openid.example.org/a' },
      { objectType: 'Group', account: { homePage: 'https://example.org', name: 'team' } },
      { objectType: 'Group', member: [{ mbox: 'mailto:a@example.org' }] },
    ]) {
      assert.deepEqual(statementProblems(withPatch({ actor })), [], JSON.stringify(actor));
    }
  });

  it('refuses an agent with no or two identifiers', () => {
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ actor: { name: 'x' } }))), ['/actor ifi_count']);
    const two = statementProblems(withPatch({ actor: { mbox: 'mailto:a@example.org', openid: 'https://x.example' } }));
    assert.deepEqual(fieldsAndCodes(two), ['/actor ifi_count']);
  });

  it('checks the form of each identifier', () => {
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ actor: { mbox: 'a@example.org' } }))), ['/actor/mbox mbox']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ actor: { mbox_sha1sum: 'xyz' } }))), ['/actor/mbox_sha1sum sha1']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ actor: { openid: 'not an iri' } }))), ['/actor/openid iri']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ actor: { account: { homePage: 'koers', name: 'a' } } }))), [
      '/actor/account/homePage iri',
    ]);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ actor: { account: { homePage: 'https://a.example' } } }))), [
      '/actor/account/name required',
    ]);
  });

  it('needs members in an anonymous group, and agents as members', () => {
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ actor: { objectType: 'Group', member: [] } }))), ['/actor/member group_members']);
    const nested = statementProblems(withPatch({ actor: { objectType: 'Group', member: [{ objectType: 'Group', member: [] }] } }));
    assert.deepEqual(fieldsAndCodes(nested), ['/actor/member/0/objectType type']);
  });

  it('needs an absolute IRI as verb id, activity id and extension key', () => {
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ verb: { id: 'played' } }))), ['/verb/id iri']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ object: { id: 'video 1' } }))), ['/object/id iri']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ result: { extensions: { progress: 1 } } }))), ['/result/extensions/progress iri']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ context: { extensions: { 'a/b': 1 } } }))), ['/context/extensions/a~1b iri']);
  });

  it('requires actor, verb and object', () => {
    const problems = statementProblems(withPatch({ actor: undefined, verb: undefined, object: undefined }));
    assert.deepEqual(fieldsAndCodes(problems), ['/actor required', '/verb required', '/object required']);
  });

  it('accepts an Agent and a StatementRef as object, and refuses a SubStatement as unsupported', () => {
    assert.deepEqual(statementProblems(withPatch({ object: { objectType: 'Agent', mbox: 'mailto:b@example.org' } })), []);
    assert.deepEqual(statementProblems(withPatch({ object: { objectType: 'StatementRef', id: valid.id }, context: undefined })), []);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ object: { objectType: 'StatementRef', id: 'nope' } }))), ['/object/id uuid']);
    const sub = statementProblems(withPatch({ object: { objectType: 'SubStatement', actor: valid.actor, verb: valid.verb, object: valid.object } }));
    assert.deepEqual(fieldsAndCodes(sub), ['/object/objectType unsupported']);
  });

  it('checks score ranges', () => {
    const at = (score: object) => fieldsAndCodes(statementProblems(withPatch({ result: { score } })));
    assert.deepEqual(at({ scaled: 1.5 }), ['/result/score/scaled score_range']);
    assert.deepEqual(at({ scaled: -1, raw: 0, min: 0, max: 1 }), []);
    assert.deepEqual(at({ raw: 11, min: 0, max: 10 }), ['/result/score/raw score_range']);
    assert.deepEqual(at({ raw: -1, min: 0 }), ['/result/score/raw score_range']);
    assert.deepEqual(at({ min: 5, max: 5 }), ['/result/score/max score_range']);
    assert.deepEqual(at({ raw: '5' }), ['/result/score/raw type']);
  });

  it('checks durations and timestamps', () => {
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ result: { duration: '90 seconds' } }))), ['/result/duration duration']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ result: { duration: 'PT' } }))), ['/result/duration duration']);
    assert.deepEqual(statementProblems(withPatch({ result: { duration: 'P1DT2H3M4.5S' } })), []);
    const invalid = ['2026-11-25T10:00:00', '2026-11-25', '2026-13-45T10:00:00Z', '2026-11-25T10:00:00-00:00', '2026-02-30T10:00:00Z', '2026-11-25T24:00:00Z', '2026-11-25T10:00:00+25:00', '0000-01-01T00:00:00Z'];
    for (const timestamp of invalid) {
      assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ timestamp }))), ['/timestamp datetime'], timestamp);
    }
    for (const timestamp of ['2026-11-25T10:00:00Z', '2024-02-29T23:59:59.999+14:00', '2026-11-25T10:00-0130', '2026-11-25T10:00:00.123456789+01']) {
      assert.deepEqual(statementProblems(withPatch({ timestamp })), [], timestamp);
    }
  });

  it('checks UUIDs, language maps and the version', () => {
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ id: '123' }))), ['/id uuid']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ context: { registration: 'abc' } }))), ['/context/registration uuid']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ verb: { id: VERBS.played, display: { 'nl NL': 'x' } } }))), [
      '/verb/display/nl NL language_tag',
    ]);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ version: '2.0.0' }))), ['/version version']);
    assert.deepEqual(statementProblems(withPatch({ version: '1.0.0' })), []);
  });

  it('refuses unknown properties and names attachments as unsupported', () => {
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ colour: 'blue' }))), ['/colour unknown_property']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ attachments: [] }))), ['/attachments unsupported']);
    assert.deepEqual(fieldsAndCodes(statementProblems(withPatch({ verb: { id: VERBS.played, name: 'x' } }))), ['/verb/name unknown_property']);
  });

  it('requires a StatementRef as the object of a voiding statement', () => {
    const voiding = withPatch({ verb: { id: VERBS.voided }, context: undefined });
    assert.deepEqual(fieldsAndCodes(statementProblems(voiding)), ['/object voiding_target']);
    assert.deepEqual(statementProblems({ ...voiding, object: { objectType: 'StatementRef', id: valid.id } }), []);
  });

  it('allows context.revision and platform only with an Activity object', () => {
    const withAgent = withPatch({ object: { objectType: 'Agent', mbox: 'mailto:b@example.org' }, context: { platform: 'Koers' } });
    assert.deepEqual(fieldsAndCodes(statementProblems(withAgent)), ['/context/platform not_allowed']);
    assert.deepEqual(statementProblems(withPatch({ context: { platform: 'Koers', revision: '2' } })), []);
  });

  it('refuses a value that is not an object', () => {
    assert.deepEqual(fieldsAndCodes(statementProblems([valid])), [' type']);
    assert.deepEqual(fieldsAndCodes(statementProblems(null)), [' type']);
  });
});
