import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/safety-plan/nwd-safety-plan.js';
import type { NwdSafetyPlan } from '../../src/components/safety-plan/safety-plan.js';
import type { StorageLike } from '../../src/engines/safety-plan/store.js';
import { emulate } from '../helpers.js';

class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  failSet?: () => never;
  get length() { return this.data.size; }
  key(i: number) { return [...this.data.keys()][i] ?? null; }
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.failSet && !k.endsWith('.probe')) this.failSet();
    this.data.set(k, v);
  }
  removeItem(k: string) { this.data.delete(k); }
}

const root = (el: NwdSafetyPlan) => el.shadowRoot!;
const text = (el: NwdSafetyPlan) => root(el).textContent!.replace(/\s+/g, ' ');
const buttonNamed = (el: NwdSafetyPlan, name: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
async function make(storage: StorageLike = new MemoryStorage(), attrs = html``) {
  const el = await fixture<NwdSafetyPlan>(html`<nwd-safety-plan .storage=${storage}>${attrs}</nwd-safety-plan>`);
  return el;
}
/** Types into the step's add field and presses Enter, as a keyboard user would. */
async function addByKeyboard(el: NwdSafetyPlan, value: string) {
  root(el).querySelector<HTMLInputElement>('.add input[name="text"]')!.focus();
  await sendKeys({ type: value });
  await sendKeys({ press: 'Enter' });
  await elementUpdated(el);
}

describe('<nwd-safety-plan>', () => {
  afterEach(() => emulate());

  it('invites without judging, says the plan stays on the device, and labels the action by state', async () => {
    const storage = new MemoryStorage();
    const el = await make(storage);
    expect(text(el)).to.contain('A plan for difficult moments');
    expect(text(el)).to.contain('Your plan stays on this device. We can’t see it.');
    expect(buttonNamed(el, 'Make a plan')).to.not.equal(undefined);
    expect(root(el).querySelector('details.crisis a[href="tel:116123"]')).to.not.equal(null);
    el.setAttribute('discreet', '');
    await elementUpdated(el);
    expect(buttonNamed(el, 'Make or open a plan')).to.not.equal(undefined);
  });

  it('shows the yellow focus highlight on every kind of button, primary and link-styled too', async () => {
    const el = await make();
    for (const label of ['Make a plan']) {
      buttonNamed(el, label).focus();
      await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
      expect(getComputedStyle(buttonNamed(el, label)).backgroundColor, label).to.equal('rgb(255, 221, 0)');
    }
    buttonNamed(el, 'Make a plan').click();
    await elementUpdated(el);
    for (const label of ['Next', 'Skip this step', 'Show ideas']) {
      buttonNamed(el, label).focus();
      await sendKeys({ press: 'Shift' });
      const style = getComputedStyle(buttonNamed(el, label));
      expect([style.backgroundColor, style.color], label).to.deep.equal(['rgb(255, 221, 0)', 'rgb(11, 12, 12)']);
    }
  });

  it('a whole plan made with the keyboard alone survives a reload', async () => {
    const storage = new MemoryStorage();
    const el = await make(storage);
    buttonNamed(el, 'Make a plan').focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(root(el).activeElement!.textContent).to.equal('Warning signs'); // focus on the step heading
    expect(text(el)).to.contain('Step 1 of 7');
    await addByKeyboard(el, 'Not sleeping');
    expect(root(el).activeElement!.getAttribute('name')).to.equal('text'); // focus stays in a fresh field
    for (let step = 2; step <= 7; step++) {
      buttonNamed(el, 'Next').focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      if (step === 4) {
        root(el).querySelector<HTMLInputElement>('.add input[name="text"]')!.focus();
        await sendKeys({ type: 'Aunt Jo' });
        root(el).querySelector<HTMLInputElement>('.add input[name="phone"]')!.focus();
        await sendKeys({ type: '07700 900123' });
        await sendKeys({ press: 'Enter' });
        await elementUpdated(el);
      }
      if (step === 7) await addByKeyboard(el, 'My dog');
    }
    buttonNamed(el, 'See my plan').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => storage.data.get('nwd-safety-plan')?.includes('My dog'), 'not saved');
    el.remove();
    const again = await make(storage);
    expect(buttonNamed(again, 'Open your plan')).to.not.equal(undefined);
    buttonNamed(again, 'Open your plan').click();
    await elementUpdated(again);
    const plan = root(again).querySelector('[part="plan"]')!.textContent!;
    for (const item of ['Not sleeping', 'Aunt Jo', '07700 900123', 'My dog']) expect(plan).to.contain(item);
    expect(root(again).querySelector('[part="plan"] a[href="tel:07700900123"]')).to.not.equal(null);
  });

  it('with a passphrase, no item text is in localStorage, sessionStorage, IndexedDB or cookies; wrong passphrases are told plainly', async () => {
    localStorage.removeItem('nwd-sp-test');
    const el = await fixture<NwdSafetyPlan>(html`<nwd-safety-plan storage-key="nwd-sp-test"></nwd-safety-plan>`);
    buttonNamed(el, 'Make a plan').click();
    await elementUpdated(el);
    await addByKeyboard(el, 'Secret warning sign');
    buttonNamed(el, 'Skip this step').click();
    await elementUpdated(el);
    for (let i = 0; i < 5; i++) { buttonNamed(el, 'Next').click(); await elementUpdated(el); }
    buttonNamed(el, 'See my plan').click();
    await elementUpdated(el);
    buttonNamed(el, 'Protect with a passphrase').click();
    await elementUpdated(el);
    root(el).querySelector<HTMLInputElement>('input[name="passphrase"]')!.value = 'correct horse';
    root(el).querySelector<HTMLInputElement>('input[name="confirm"]')!.value = 'correct horse';
    root(el).querySelector<HTMLFormElement>('form.protect')!.requestSubmit();
    await waitUntil(() => JSON.parse(localStorage.getItem('nwd-sp-test') ?? '{}').enc === true, 'not encrypted', { timeout: 5000 });
    const everywhere = [
      ...Object.keys(localStorage).map((k) => localStorage.getItem(k)), ...Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)), document.cookie,
      JSON.stringify((await indexedDB.databases?.()) ?? []),
    ].join(' ');
    expect(everywhere).to.not.contain('Secret warning sign');
    buttonNamed(el, 'Lock my plan').click();
    await elementUpdated(el);
    expect(text(el)).to.not.contain('Secret warning sign');
    const field = root(el).querySelector<HTMLInputElement>('input[name="passphrase"]')!;
    field.value = 'wrong horse';
    root(el).querySelector<HTMLFormElement>('form.unlock')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('[role="alert"]')!.textContent!.includes('didn’t unlock'), 'no wrong-passphrase message', { timeout: 5000 });
    expect(root(el).querySelector<HTMLInputElement>('input[name="passphrase"]')!.value).to.equal('wrong horse');
    root(el).querySelector<HTMLInputElement>('input[name="passphrase"]')!.value = 'correct horse';
    root(el).querySelector<HTMLFormElement>('form.unlock')!.requestSubmit();
    await waitUntil(() => text(el).includes('Secret warning sign'), 'did not unlock', { timeout: 5000 });
    localStorage.removeItem('nwd-sp-test');
  });

  it('quick exit hides the plan in the same task, and deletes nothing', async () => {
    const storage = new MemoryStorage();
    const el = await make(storage);
    buttonNamed(el, 'Make a plan').click();
    await elementUpdated(el);
    await addByKeyboard(el, 'Private thing');
    document.dispatchEvent(new CustomEvent('nwd-exit', { cancelable: true }));
    expect(text(el)).to.not.contain('Private thing'); // no await: same task
    expect(text(el)).to.contain('A plan for difficult moments');
    await waitUntil(() => storage.data.get('nwd-safety-plan')?.includes('Private thing'), 'unsaved edits were lost');
  });

  it('"Print my plan" prints the plan alone, not the host page around it', async () => {
    const storage = new MemoryStorage();
    storage.data.set('nwd-safety-plan', JSON.stringify({ fmt: 'nwd-sp', v: 1, enc: false, data: { v: 1, rev: 1, updatedAt: '2026-11-27T10:00:00Z', steps: { warningSigns: ['A'], copingAlone: [], distraction: [], askForHelp: [], professional: [], saferSpace: [], reasonsToLive: [] } } }));
    const page = await fixture<HTMLDivElement>(html`<div><p id="host-text">Council page text</p><nwd-safety-plan .storage=${storage}></nwd-safety-plan></div>`);
    const el = page.querySelector('nwd-safety-plan')!;
    buttonNamed(el, 'Open your plan').click();
    await elementUpdated(el);
    const print = sinon.stub(window, 'print');
    buttonNamed(el, 'Print my plan').click();
    expect(print.calledOnce).to.equal(true);
    await emulate({ print: true });
    expect(getComputedStyle(page.querySelector('#host-text')!).visibility).to.equal('hidden');
    expect(getComputedStyle(root(el).querySelector('[part="plan"]')!).visibility).to.equal('visible');
    window.dispatchEvent(new Event('afterprint'));
    expect(getComputedStyle(page.querySelector('#host-text')!).visibility).to.equal('visible');
    print.restore();
  });

  it('prints only the plan, with the crisis lines', async () => {
    const el = await make();
    buttonNamed(el, 'Make a plan').click();
    await elementUpdated(el);
    await addByKeyboard(el, 'Printed item');
    for (let i = 0; i < 6; i++) { buttonNamed(el, 'Next').click(); await elementUpdated(el); }
    buttonNamed(el, 'See my plan').click();
    await elementUpdated(el);
    await emulate({ print: true });
    const shown = (selector: string) => { const n = root(el).querySelector(selector); return !!n && getComputedStyle(n).display !== 'none'; };
    expect(shown('[part="plan"]')).to.equal(true);
    expect(shown('.actions')).to.equal(false);
    expect(shown('details.crisis')).to.equal(false);
    expect(shown('.print-only')).to.equal(true);
  });

  it('when storage is blocked, says so and keeps the plan in memory', async () => {
    const blocked: StorageLike = { getItem: () => { throw new DOMException('no', 'SecurityError'); }, setItem: () => { throw new DOMException('no', 'SecurityError'); }, removeItem: () => {} };
    const el = await make(blocked);
    expect(text(el)).to.contain('This browser isn’t letting us save.');
  });

  it('when storage is full, says so, keeps the plan in memory and what was saved before', async () => {
    const storage = new MemoryStorage();
    const el = await make(storage);
    buttonNamed(el, 'Make a plan').click();
    await elementUpdated(el);
    await addByKeyboard(el, 'First');
    buttonNamed(el, 'Next').click(); // saves
    await waitUntil(() => storage.data.get('nwd-safety-plan')?.includes('First'), 'not saved');
    const before = storage.data.get('nwd-safety-plan');
    storage.failSet = () => { throw new DOMException('full', 'QuotaExceededError'); };
    await addByKeyboard(el, 'Second');
    buttonNamed(el, 'Next').click();
    await waitUntil(() => root(el).querySelector('[role="alert"]')!.textContent!.includes('couldn’t save'), 'no quota message');
    expect(storage.data.get('nwd-safety-plan')).to.equal(before);
  });

  it('never trusts unreadable data: offers a fresh start that keeps a backup', async () => {
    const storage = new MemoryStorage();
    storage.data.set('nwd-safety-plan', '{"fmt":"nwd-sp","v":1,"enc":false,"data":{"broken":true}}');
    const el = await make(storage);
    buttonNamed(el, 'Make a plan').click(); // the card cannot tell yet; opening finds it unreadable
    await elementUpdated(el);
    expect(text(el)).to.contain('We found a plan on this device but couldn’t read it.');
    buttonNamed(el, 'Start a new plan').click();
    await elementUpdated(el);
    expect([...storage.data.keys()].some((k) => k.startsWith('nwd-safety-plan.bak-'))).to.equal(true);
    expect(text(el)).to.contain('Step 1 of 7');
  });

  it('two pages editing one plan lose nothing: the second save asks first', async () => {
    const storage = new MemoryStorage();
    const a = await make(storage);
    const b = await make(storage);
    for (const el of [a, b]) { buttonNamed(el, 'Make a plan').click(); await elementUpdated(el); }
    await addByKeyboard(a, 'From A');
    buttonNamed(a, 'Next').click();
    await waitUntil(() => storage.data.get('nwd-safety-plan')?.includes('From A'), 'A not saved');
    await addByKeyboard(b, 'From B');
    buttonNamed(b, 'Next').click();
    await waitUntil(() => text(b).includes('This plan was changed in another tab or window.'), 'no notice in B');
    expect(storage.data.get('nwd-safety-plan')).to.contain('From A');
    buttonNamed(b, 'Keep my changes').click();
    await waitUntil(() => storage.data.get('nwd-safety-plan')?.includes('From B'), 'B not saved after choosing');
  });

  it('when another tab removes the plan while this one has unsaved text, asks before letting it go', async () => {
    const storage = new MemoryStorage();
    const el = await make(storage);
    buttonNamed(el, 'Make a plan').click();
    await elementUpdated(el);
    await addByKeyboard(el, 'Typed here');
    window.dispatchEvent(new StorageEvent('storage', { key: 'nwd-safety-plan', newValue: null }));
    await elementUpdated(el);
    expect(text(el)).to.contain('Your plan was removed in another tab or window.');
    expect(text(el)).to.contain('Typed here');
    buttonNamed(el, 'Keep what I’ve typed').click();
    await waitUntil(() => storage.data.get('nwd-safety-plan')?.includes('Typed here'), 'typed text not kept');
  });

  it('after the first save, says once how to keep the plan safe, and asks the browser to persist it', async () => {
    const persist = sinon.stub(navigator.storage, 'persist').resolves(false);
    const el = await make();
    buttonNamed(el, 'Make a plan').click();
    await elementUpdated(el);
    await addByKeyboard(el, 'Kept');
    buttonNamed(el, 'Next').click();
    await waitUntil(() => text(el).includes('Download a copy to be safe.'), 'no persistence notice');
    expect(persist.calledOnce).to.equal(true);
    buttonNamed(el, 'Got it').click();
    await elementUpdated(el);
    expect(text(el)).to.not.contain('Download a copy to be safe.');
    persist.restore();
  });

  it('removes the plan after confirmation, and events carry only a type', async () => {
    const logged: unknown[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) sinon.stub(console, level).callsFake((...args: unknown[]) => logged.push(args));
    const storage = new MemoryStorage();
    const el = await make(storage);
    const types: unknown[] = [];
    el.addEventListener('nwd-plan', (e) => types.push((e as CustomEvent).detail));
    buttonNamed(el, 'Make a plan').click();
    await elementUpdated(el);
    await addByKeyboard(el, 'Remove me');
    for (let i = 0; i < 6; i++) { buttonNamed(el, 'Next').click(); await elementUpdated(el); }
    buttonNamed(el, 'See my plan').click();
    await elementUpdated(el);
    buttonNamed(el, 'Remove my plan from this device').click();
    await elementUpdated(el);
    expect(text(el)).to.contain('This deletes your plan from this browser. It can’t be undone.');
    buttonNamed(el, 'Yes, remove it').click();
    await elementUpdated(el);
    expect(storage.data.size).to.equal(0);
    expect(buttonNamed(el, 'Make a plan')).to.not.equal(undefined);
    expect(types.every((d) => JSON.stringify(Object.keys(d as object)) === '["type"]')).to.equal(true);
    expect(JSON.stringify(types)).to.not.contain('Remove me');
    // Nor does plan text reach the URL, the title, history state or the console (SP15).
    expect(location.href).to.not.contain('Remove');
    expect(document.title).to.not.contain('Remove me');
    expect(JSON.stringify(history.state ?? null)).to.not.contain('Remove me');
    sinon.restore();
    expect(JSON.stringify(logged)).to.not.contain('Remove me');
  });

  it('harm-reduction: an optional section, only when the host asks, after "Making where I am safer", kept in the plan', async () => {
    const without = await make();
    buttonNamed(without, 'Make a plan').click();
    await elementUpdated(without);
    expect(text(without)).to.contain('Step 1 of 7');
    const storage = new MemoryStorage();
    const el = await fixture<NwdSafetyPlan>(html`<nwd-safety-plan harm-reduction .storage=${storage}></nwd-safety-plan>`);
    buttonNamed(el, 'Make a plan').click();
    await elementUpdated(el);
    expect(text(el)).to.contain('Step 1 of 8');
    for (let i = 0; i < 6; i++) { buttonNamed(el, 'Next').click(); await elementUpdated(el); }
    expect(text(el)).to.contain('Step 7 of 8');
    expect(text(el)).to.contain('If I have the urge to hurt myself');
    expect(text(el)).to.contain('You don’t have to want to stop to make a plan.');
    await addByKeyboard(el, 'Wait and breathe');
    buttonNamed(el, 'Next').click();
    await elementUpdated(el);
    buttonNamed(el, 'See my plan').click();
    await waitUntil(() => storage.data.get('nwd-safety-plan')?.includes('Wait and breathe'), 'not saved');
    expect(JSON.parse(storage.data.get('nwd-safety-plan')!).data.harmReduction).to.deep.equal(['Wait and breathe']);
    expect(root(el).querySelector('[part="plan"]')!.textContent).to.contain('If I have the urge to hurt myself');
  });

  describe('download, open a copy, share', () => {
    /** Captures what "Download" would save, instead of saving it. */
    function captureDownloads() {
      const files: Array<{ name: string; blob: Blob }> = [];
      const blobs = new Map<string, Blob>();
      sinon.stub(URL, 'createObjectURL').callsFake((blob: Blob | MediaSource) => { const url = `blob:test/${blobs.size}`; blobs.set(url, blob as Blob); return url; });
      sinon.stub(URL, 'revokeObjectURL');
      sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) { files.push({ name: this.download, blob: blobs.get(this.href)! }); });
      return files;
    }
    async function planWith(storage: MemoryStorage, items: string[]) {
      const el = await make(storage);
      buttonNamed(el, 'Make a plan').click();
      await elementUpdated(el);
      for (const item of items) await addByKeyboard(el, item);
      for (let i = 0; i < 6; i++) { buttonNamed(el, 'Next').click(); await elementUpdated(el); }
      buttonNamed(el, 'See my plan').click();
      await elementUpdated(el);
      return el;
    }
    async function openFile(el: NwdSafetyPlan, text: string) {
      const input = root(el).querySelector<HTMLInputElement>('.import input[type="file"]')!;
      const files = new DataTransfer();
      files.items.add(new File([text], 'my-plan.txt', { type: 'text/plain' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
    }
    afterEach(() => sinon.restore());

    it('a downloaded copy (neutral name) opens again on another device', async () => {
      const files = captureDownloads();
      const el = await planWith(new MemoryStorage(), ['Round trip sign']);
      buttonNamed(el, 'Download a copy').click();
      expect(files.map((f) => f.name)).to.deep.equal(['my-plan.txt']);
      const text = await files[0].blob.text();
      const other = new MemoryStorage();
      const fresh = await make(other);
      await openFile(fresh, text);
      await waitUntil(() => text.length > 0 && (root(fresh).textContent ?? '').includes('Round trip sign'), 'copy not opened');
      expect(other.data.get('nwd-safety-plan')).to.contain('Round trip sign');
    });

    it('opens a copy with Welsh headings, a locked copy (then asks for its passphrase), and refuses anything else', async () => {
      const welsh = await make(new MemoryStorage());
      await openFile(welsh, 'Fy nghynllun diogelwch\n\nFy arwyddion rhybudd\n- Arwydd cyntaf\n\nPobl y gallaf ofyn iddyn nhw am help\n- Modryb Jo (07700 900123)\n');
      await waitUntil(() => (root(welsh).textContent ?? '').includes('Arwydd cyntaf'), 'Welsh copy not opened');
      expect(root(welsh).querySelector('[part="plan"] a[href="tel:07700900123"]')).to.not.equal(null);

      const lockedStorage = new MemoryStorage();
      const locked = await make(lockedStorage);
      const envelope = JSON.stringify({ fmt: 'nwd-sp', v: 1, enc: true, kdf: 'PBKDF2-SHA256', iter: 600000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
      await openFile(locked, envelope);
      await waitUntil(() => !!buttonNamed(locked, 'Unlock your plan'), 'locked copy not offered for unlocking');

      const odd = await make(new MemoryStorage());
      await openFile(odd, 'A shopping list\n- eggs\n');
      await waitUntil(() => root(odd).querySelector('[role="alert"]')!.textContent === 'That file isn’t a plan we can open.', 'no refusal');
    });

    it('with a passphrase, also offers the locked copy as a file', async () => {
      const files = captureDownloads();
      const storage = new MemoryStorage();
      const el = await planWith(storage, ['Locked sign']);
      buttonNamed(el, 'Protect with a passphrase').click();
      await elementUpdated(el);
      root(el).querySelector<HTMLInputElement>('form.protect input[name="passphrase"]')!.value = 'locked passphrase';
      root(el).querySelector<HTMLInputElement>('form.protect input[name="confirm"]')!.value = 'locked passphrase';
      root(el).querySelector<HTMLFormElement>('form.protect')!.requestSubmit();
      await waitUntil(() => !!buttonNamed(el, 'Download a locked copy'), 'no locked download', { timeout: 5000 });
      buttonNamed(el, 'Download a locked copy').click();
      expect(files[0].name).to.equal('my-plan-locked.txt');
      const text = await files[0].blob.text();
      expect(JSON.parse(text).enc).to.equal(true);
      expect(text).to.not.contain('Locked sign');
    });

    it('shares through the share sheet, after one line saying a shared copy leaves this device', async () => {
      const share = sinon.fake.resolves(undefined);
      Object.defineProperty(navigator, 'share', { value: share, configurable: true });
      try {
        const el = await planWith(new MemoryStorage(), ['Shared sign']);
        expect(text(el)).to.contain('If you share or print your plan, that copy is no longer only on this device.');
        buttonNamed(el, 'Share my plan').click();
        await waitUntil(() => share.called, 'share not called');
        expect(share.firstCall.args[0].title).to.equal('My safety plan');
        expect(share.firstCall.args[0].text).to.contain('Shared sign');
      } finally {
        delete (navigator as unknown as { share?: unknown }).share;
      }
    });
  });

  describe('passphrase and locking', () => {
    const PLAIN = JSON.stringify({ fmt: 'nwd-sp', v: 1, enc: false, data: { v: 1, rev: 1, updatedAt: '2026-11-27T10:00:00Z', steps: { warningSigns: ['Quiet sign'], copingAlone: [], distraction: [], askForHelp: [], professional: [], saferSpace: [], reasonsToLive: [] } } });
    async function openView(storage = new MemoryStorage()) {
      storage.data.set('nwd-safety-plan', PLAIN);
      const el = await make(storage);
      buttonNamed(el, 'Open your plan').click();
      await elementUpdated(el);
      return el;
    }
    async function protect(el: NwdSafetyPlan, storage: MemoryStorage, passphrase: string) {
      root(el).querySelector<HTMLInputElement>('form.protect input[name="passphrase"]')!.value = passphrase;
      root(el).querySelector<HTMLInputElement>('form.protect input[name="confirm"]')!.value = passphrase;
      const before = storage.data.get('nwd-safety-plan');
      root(el).querySelector<HTMLFormElement>('form.protect')!.requestSubmit();
      await waitUntil(() => storage.data.get('nwd-safety-plan') !== before && JSON.parse(storage.data.get('nwd-safety-plan')!).enc, 'not protected', { timeout: 5000 });
      return JSON.parse(storage.data.get('nwd-safety-plan')!);
    }

    it('shows or hides the passphrase on request, warns it cannot be recovered, and needs 6+ matching characters', async () => {
      const el = await openView();
      buttonNamed(el, 'Protect with a passphrase').click();
      await elementUpdated(el);
      expect(text(el)).to.contain('If you forget it, your plan can’t be recovered.');
      const field = () => root(el).querySelector<HTMLInputElement>('form.protect input[name="passphrase"]')!;
      expect(field().type).to.equal('password');
      root(el).querySelector<HTMLInputElement>('form.protect input[type="checkbox"]')!.click();
      await elementUpdated(el);
      expect(field().type).to.equal('text');
      field().value = 'short';
      root(el).querySelector<HTMLInputElement>('form.protect input[name="confirm"]')!.value = 'short';
      root(el).querySelector<HTMLFormElement>('form.protect')!.requestSubmit();
      await elementUpdated(el);
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('Use at least 6 characters.');
    });

    it('changing the passphrase re-encrypts with a fresh salt; removing it writes the plan plainly', async () => {
      const storage = new MemoryStorage();
      const el = await openView(storage);
      buttonNamed(el, 'Protect with a passphrase').click();
      await elementUpdated(el);
      const first = await protect(el, storage, 'first passphrase');
      buttonNamed(el, 'Change the passphrase').click();
      await elementUpdated(el);
      const second = await protect(el, storage, 'second passphrase');
      expect(second.salt).to.not.equal(first.salt);
      buttonNamed(el, 'Remove the passphrase').click();
      await waitUntil(() => JSON.parse(storage.data.get('nwd-safety-plan')!).enc === false, 'still encrypted');
      expect(storage.data.get('nwd-safety-plan')).to.contain('Quiet sign');
    });

    it('locks after lock-after idle minutes, and on pagehide', async () => {
      const storage = new MemoryStorage();
      const el = await openView(storage);
      el.lockAfter = 0.001; // 60 ms, so the test waits on the lock, not on ten minutes
      buttonNamed(el, 'Protect with a passphrase').click();
      await elementUpdated(el);
      await protect(el, storage, 'idle passphrase');
      await waitUntil(() => !!buttonNamed(el, 'Unlock your plan'), 'did not lock when idle', { timeout: 5000 });
      expect(text(el)).to.not.contain('Quiet sign');

      const plain = await openView();
      expect(text(plain)).to.contain('Quiet sign');
      window.dispatchEvent(new Event('pagehide'));
      await elementUpdated(plain);
      expect(text(plain)).to.not.contain('Quiet sign');
    });

    it('Esc closes the passphrase form and returns focus to the button that opened it', async () => {
      const el = await openView();
      buttonNamed(el, 'Protect with a passphrase').click();
      await elementUpdated(el);
      root(el).querySelector<HTMLInputElement>('form.protect input[name="passphrase"]')!.focus();
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(root(el).querySelector('form.protect')).to.equal(null);
      expect(root(el).activeElement!.textContent!.trim()).to.equal('Protect with a passphrase');
    });

    it('the removal question and the passphrase form have no axe violations (en and cy)', async () => {
      for (const lang of ['en-GB', 'cy']) {
        const page = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
        const storage = new MemoryStorage();
        storage.data.set('nwd-safety-plan', PLAIN);
        const el = document.createElement('nwd-safety-plan');
        el.storage = storage;
        page.append(el);
        await elementUpdated(el);
        root(el).querySelector<HTMLButtonElement>('.card button.primary')!.click();
        await elementUpdated(el);
        const actions = [...root(el).querySelectorAll<HTMLButtonElement>('.actions button')];
        actions[actions.length - 1].click(); // remove my plan
        actions.find((b) => b.textContent!.includes(lang === 'cy' ? 'ymadrodd' : 'passphrase'))!.click();
        await elementUpdated(el);
        expect(root(el).querySelector('.confirm')).to.not.equal(null);
        expect(root(el).querySelector('form.protect')).to.not.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it('Esc closes the removal question and returns focus to the button that asked it', async () => {
      const el = await openView();
      buttonNamed(el, 'Remove my plan from this device').click();
      await elementUpdated(el);
      buttonNamed(el, 'Cancel').focus();
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(text(el)).to.not.contain('It can’t be undone.');
      expect(root(el).activeElement!.textContent!.trim()).to.equal('Remove my plan from this device');
    });

    it('says "Saved on this device" politely after a save', async () => {
      const el = await make();
      buttonNamed(el, 'Make a plan').click();
      await elementUpdated(el);
      await addByKeyboard(el, 'Saved item');
      buttonNamed(el, 'Next').click();
      await waitUntil(() => root(el).querySelector('[role="status"]')!.textContent === 'Saved on this device.', 'no saved status');
    });
  });

  for (const [name, media] of [['light', {}], ['dark', { colorScheme: 'dark' }], ['forced colours', { forcedColors: true }]] as const) {
    it(`has no axe violations in ${name}: card, a step with ideas open, and the plan (en and cy)`, async () => {
      await emulate(media);
      const page = await fixture<HTMLDivElement>(html`<div><nwd-safety-plan .storage=${new MemoryStorage()}></nwd-safety-plan>
        <div lang="cy"><nwd-safety-plan .storage=${new MemoryStorage()}></nwd-safety-plan></div></div>`);
      for (const el of page.querySelectorAll('nwd-safety-plan')) {
        await expect(el).to.be.accessible();
        root(el).querySelector<HTMLButtonElement>('.card button.primary')!.click();
        await elementUpdated(el);
        root(el).querySelector<HTMLButtonElement>('[aria-controls="nwd-sp-ideas"]')!.click();
        await elementUpdated(el);
        await expect(el).to.be.accessible();
        for (let i = 0; i < 6; i++) { root(el).querySelector<HTMLButtonElement>('.nav button.primary')!.click(); await elementUpdated(el); }
        root(el).querySelector<HTMLButtonElement>('.nav button.primary')!.click(); // see my plan
        await elementUpdated(el);
        expect(root(el).querySelector('[part="plan"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      }
    });
  }

  it('reflows at 320px with text at 200%', async () => {
    const { setViewport } = await import('@web/test-runner-commands');
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await make();
      buttonNamed(el, 'Make a plan').click();
      await elementUpdated(el);
      root(el).querySelector<HTMLButtonElement>('[aria-controls="nwd-sp-ideas"]')!.click();
      await elementUpdated(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });
});
