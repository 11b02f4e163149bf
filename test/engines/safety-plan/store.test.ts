import { expect } from '@open-wc/testing';
import {
  DEFAULT_ITERATIONS, PlanStore, WrongPassphraseError, decryptPlan, deriveKey, emptyPlan, newKey, readEnvelope, toBase64,
  validatePlan, type PlanV1, type StorageLike,
} from '../../../src/engines/safety-plan/index.js';

/** An in-memory Storage, optionally failing the way browsers do. */
class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  failSet?: () => never;
  failAll = false;
  get length() { return this.data.size; }
  key(i: number) { return [...this.data.keys()][i] ?? null; }
  getItem(k: string) {
    if (this.failAll) throw new DOMException('blocked', 'SecurityError');
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failAll) throw new DOMException('blocked', 'SecurityError');
    if (this.failSet && !k.endsWith('.probe')) this.failSet();
    this.data.set(k, v);
  }
  removeItem(k: string) {
    if (this.failAll) throw new DOMException('blocked', 'SecurityError');
    this.data.delete(k);
  }
}

const ITER = 1000; // fast for tests; the default (600,000) is checked once below
const KEY = 'nwd-safety-plan';
function samplePlan(): PlanV1 {
  const plan = emptyPlan(new Date('2026-11-27T10:00:00Z'));
  plan.steps.warningSigns.push('Not sleeping', 'Pulling away from friends');
  plan.steps.askForHelp.push({ name: 'Aunt Jo', phone: '07700 900123' });
  plan.steps.reasonsToLive.push('My dog, Biscuit');
  return plan;
}

describe('engines/safety-plan store', () => {
  it('round-trips a plain plan, bumping the revision on every save', async () => {
    const storage = new MemoryStorage();
    const store = new PlanStore(storage);
    expect(store.read()).to.deep.equal({ kind: 'none' });
    const first = await store.save(samplePlan());
    expect(first.ok && first.plan.rev).to.equal(1);
    const read = new PlanStore(storage).read();
    expect(read.kind).to.equal('plain');
    expect(read.kind === 'plain' && read.plan.steps).to.deep.equal(samplePlan().steps);
    const second = await store.save(first.ok ? first.plan : samplePlan());
    expect(second.ok && second.plan.rev).to.equal(2);
  });

  it('round-trips an encrypted plan; no item text is stored in the clear; a fresh IV on every save', async () => {
    const storage = new MemoryStorage();
    const store = new PlanStore(storage);
    const key = await newKey('correct horse', ITER);
    const saved = await store.save(samplePlan(), key);
    const raw1 = storage.data.get(KEY)!;
    for (const secret of ['Not sleeping', 'Aunt Jo', '07700', 'Biscuit']) expect(raw1).to.not.contain(secret);
    await store.save(saved.ok ? saved.plan : samplePlan(), key);
    const raw2 = storage.data.get(KEY)!;
    expect(JSON.parse(raw1).iv).to.not.equal(JSON.parse(raw2).iv);
    expect(JSON.parse(raw1).salt).to.equal(JSON.parse(raw2).salt);
    const read = new PlanStore(storage).read();
    if (read.kind !== 'encrypted') throw new Error(read.kind);
    const again = await deriveKey('correct horse', read.salt, read.envelope.iter);
    expect((await decryptPlan(read.iv, read.ct, again.key)).steps).to.deep.equal(samplePlan().steps);
  });

  it('uses 600,000 PBKDF2 iterations by default, read back from the envelope', async () => {
    const storage = new MemoryStorage();
    await new PlanStore(storage).save(samplePlan(), await newKey('correct horse'));
    expect(DEFAULT_ITERATIONS).to.equal(600_000);
    expect(JSON.parse(storage.data.get(KEY)!).iter).to.equal(600_000);
  });

  it('tells a wrong passphrase from a corrupt envelope', async () => {
    const storage = new MemoryStorage();
    await new PlanStore(storage).save(samplePlan(), await newKey('correct horse', ITER));
    const read = readEnvelope(storage.data.get(KEY)!);
    if (read.kind !== 'encrypted') throw new Error(read.kind);
    const wrong = await deriveKey('wrong horse', read.salt, ITER);
    let error: unknown;
    try {
      await decryptPlan(read.iv, read.ct, wrong.key);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(WrongPassphraseError);

    const good = JSON.parse(storage.data.get(KEY)!);
    const corrupt = (patch: Record<string, unknown>) => readEnvelope(JSON.stringify({ ...good, ...patch }));
    expect(corrupt({ salt: 'not base64!' }).kind).to.equal('corrupt');
    expect(corrupt({ salt: toBase64(new Uint8Array(15)) })).to.deep.include({ kind: 'corrupt', reason: 'salt is not 16 bytes of base64' });
    expect(corrupt({ iv: toBase64(new Uint8Array(11)) })).to.deep.include({ kind: 'corrupt', reason: 'iv is not 12 bytes of base64' });
    expect(corrupt({ ct: '@@@@' }).kind).to.equal('corrupt');
    expect(corrupt({ iter: 'many' }).kind).to.equal('corrupt');
  });

  it('keeps what was saved when the store is full, and says so', async () => {
    const storage = new MemoryStorage();
    const store = new PlanStore(storage);
    const first = await store.save(samplePlan());
    const before = storage.data.get(KEY);
    storage.failSet = () => { throw new DOMException('full', 'QuotaExceededError'); };
    const bigger = { ...(first.ok ? first.plan : samplePlan()) };
    bigger.steps = { ...bigger.steps, copingAlone: ['Go for a walk'] };
    expect(await store.save(bigger)).to.deep.equal({ ok: false, reason: 'quota' });
    expect(storage.data.get(KEY)).to.equal(before);
    storage.failSet = () => { throw Object.assign(new Error('legacy'), { code: 22 }); };
    expect(await store.save(bigger)).to.deep.equal({ ok: false, reason: 'quota' });
    storage.failSet = undefined;
    expect((await store.save(bigger)).ok).to.equal(true); // retried on the next change
  });

  it('falls back to memory-only when storage is blocked or absent', async () => {
    const blocked = new MemoryStorage();
    blocked.failAll = true;
    const store = new PlanStore(blocked);
    expect(store.canSave).to.equal(false);
    expect(store.read()).to.deep.equal({ kind: 'none' });
    expect(await store.save(samplePlan())).to.deep.equal({ ok: false, reason: 'memory-only' });
    expect(new PlanStore(undefined).canSave).to.equal(false);
  });

  it('never trusts corrupt or newer data, never overwrites it, and keeps one backup on request', async () => {
    for (const [raw, kind] of [
      ['{not json', 'corrupt'],
      [JSON.stringify({ fmt: 'other', v: 1 }), 'corrupt'],
      [JSON.stringify({ fmt: 'nwd-sp', v: 1, enc: false, data: { ...samplePlan(), steps: { ...samplePlan().steps, warningSigns: 'one' } } }), 'corrupt'],
      [JSON.stringify({ fmt: 'nwd-sp', v: 1, enc: false, data: { ...samplePlan(), rev: undefined } }), 'corrupt'],
      [JSON.stringify({ fmt: 'nwd-sp', v: 2, anything: true }), 'newer'],
    ] as const) {
      const storage = new MemoryStorage();
      storage.data.set(KEY, raw);
      let now = 1000;
      const store = new PlanStore(storage, KEY, () => new Date(now++));
      expect(store.read().kind, raw).to.equal(kind);
      expect(await store.save(samplePlan()), raw).to.deep.equal({ ok: false, reason: 'unreadable' });
      expect(storage.data.get(KEY)).to.equal(raw);
      const backup = store.backUpUnreadable()!;
      expect(storage.data.get(backup)).to.equal(raw);
      expect(store.backups()).to.deep.equal([backup]);
      expect((await store.save(samplePlan())).ok).to.equal(true);
      storage.data.set(KEY, '{again');
      store.read();
      store.backUpUnreadable();
      expect(store.backups()).to.have.length(1); // one backup kept
    }
  });

  it('drops unknown extra fields (the v1 "migration": no earlier version exists)', () => {
    const result = validatePlan({ ...samplePlan(), mood: 'tracking', steps: { ...samplePlan().steps, extra: ['x'] } });
    expect(result.ok && Object.keys(result.plan)).to.deep.equal(['v', 'rev', 'updatedAt', 'steps']);
    expect(result.ok && Object.keys(result.plan.steps)).to.not.include('extra');
    expect(validatePlan({ ...samplePlan(), steps: { ...samplePlan().steps, warningSigns: ['x'.repeat(501)] } }).ok).to.equal(false);
  });

  it('two tabs: a save that would overwrite unseen changes is refused until the person chooses', async () => {
    const storage = new MemoryStorage();
    const tabA = new PlanStore(storage);
    const tabB = new PlanStore(storage);
    tabA.read();
    tabB.read();
    const fromB = samplePlan();
    fromB.steps.copingAlone.push('Music from B');
    expect((await tabB.save(fromB)).ok).to.equal(true);
    expect(tabA.changedElsewhere()).to.equal(true);
    const fromA = samplePlan();
    fromA.steps.copingAlone.push('Walk from A');
    expect(await tabA.save(fromA)).to.deep.equal({ ok: false, reason: 'conflict' });
    const stored = readEnvelope(storage.data.get(KEY)!);
    expect(stored.kind === 'plain' && stored.plan.steps.copingAlone).to.deep.equal(['Music from B']);
    expect((await tabA.save(fromA, undefined, { force: true })).ok).to.equal(true); // "Keep my changes"
  });

  it('removes the plan and its backups', async () => {
    const storage = new MemoryStorage();
    storage.data.set(KEY, '{bad');
    const store = new PlanStore(storage);
    store.read();
    store.backUpUnreadable();
    await store.save(samplePlan());
    store.remove();
    expect([...storage.data.keys()]).to.deep.equal([]);
  });
});
