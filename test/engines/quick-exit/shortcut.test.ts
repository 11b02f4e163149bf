import { expect } from '@open-wc/testing';
import { EscSequence, ShiftSequence, type Verdict } from '../../../src/engines/quick-exit/shortcut.js';

/** Presses and releases a key on its own. */
function tap(seq: ShiftSequence, key: string, code = key): Verdict {
  seq.keydown({ key, code });
  return seq.keyup({ key, code });
}

describe('engines/quick-exit ShiftSequence', () => {
  it('activates on the third Shift pressed on its own, reporting progress before', () => {
    const seq = new ShiftSequence();
    expect(tap(seq, 'Shift', 'ShiftLeft')).to.deep.equal({ kind: 'progress', pressed: 1, remaining: 2 });
    expect(tap(seq, 'Shift', 'ShiftLeft')).to.deep.equal({ kind: 'progress', pressed: 2, remaining: 1 });
    expect(tap(seq, 'Shift', 'ShiftLeft')).to.deep.equal({ kind: 'activate' });
  });

  it('never counts a Shift used for a capital letter', () => {
    const seq = new ShiftSequence();
    seq.keydown({ key: 'Shift', code: 'ShiftLeft' });
    seq.keydown({ key: 'A', code: 'KeyA' });
    seq.keyup({ key: 'A', code: 'KeyA' });
    expect(seq.keyup({ key: 'Shift', code: 'ShiftLeft' })).to.deep.equal({ kind: 'ignored' });
    expect(tap(seq, 'Shift').kind).to.equal('progress');
    expect(tap(seq, 'Shift')).to.deep.equal({ kind: 'progress', pressed: 2, remaining: 1 });
  });

  it('resets a started sequence on any other key', () => {
    const seq = new ShiftSequence();
    tap(seq, 'Shift');
    tap(seq, 'Shift');
    expect(seq.keydown({ key: 'x', code: 'KeyX' })).to.deep.equal({ kind: 'reset' });
    seq.keyup({ key: 'x', code: 'KeyX' });
    expect(tap(seq, 'Shift')).to.deep.equal({ kind: 'progress', pressed: 1, remaining: 2 });
  });

  it('counts left and right Shift alike, in sequence', () => {
    const seq = new ShiftSequence();
    tap(seq, 'Shift', 'ShiftLeft');
    tap(seq, 'Shift', 'ShiftRight');
    expect(tap(seq, 'Shift', 'ShiftLeft')).to.deep.equal({ kind: 'activate' });
  });

  it('does not abort when left and right Shift overlap (govuk-frontend #5393)', () => {
    const seq = new ShiftSequence();
    seq.keydown({ key: 'Shift', code: 'ShiftLeft' });
    seq.keydown({ key: 'Shift', code: 'ShiftRight' });
    expect(seq.keyup({ key: 'Shift', code: 'ShiftLeft' }).kind).to.equal('progress');
    expect(seq.keyup({ key: 'Shift', code: 'ShiftRight' }).kind).to.equal('progress');
    expect(tap(seq, 'Shift', 'ShiftLeft')).to.deep.equal({ kind: 'activate' });
  });

  it('tells left from right: a Shift still held for a capital does not count when released', () => {
    const seq = new ShiftSequence();
    seq.keydown({ key: 'Shift', code: 'ShiftLeft' });
    seq.keydown({ key: 'Shift', code: 'ShiftRight' });
    expect(seq.keyup({ key: 'Shift', code: 'ShiftLeft' }).kind).to.equal('progress');
    seq.keydown({ key: 'B', code: 'KeyB' }); // right Shift still down: a capital B
    seq.keyup({ key: 'B', code: 'KeyB' });
    expect(seq.keyup({ key: 'Shift', code: 'ShiftRight' })).to.deep.equal({ kind: 'ignored' });
  });

  it('starts again after expire()', () => {
    const seq = new ShiftSequence();
    tap(seq, 'Shift');
    tap(seq, 'Shift');
    seq.expire();
    expect(seq.started).to.equal(false);
    expect(tap(seq, 'Shift')).to.deep.equal({ kind: 'progress', pressed: 1, remaining: 2 });
  });
});

describe('engines/quick-exit EscSequence', () => {
  const free = { defaultPrevented: false, inEditable: false, modalOpen: false };

  it('activates on a second Escape within the window', () => {
    const seq = new EscSequence(1000);
    expect(seq.keydown({ key: 'Escape' }, 0, free).kind).to.equal('progress');
    expect(seq.keydown({ key: 'Escape' }, 900, free)).to.deep.equal({ kind: 'activate' });
  });

  it('starts again when the second Escape is too late', () => {
    const seq = new EscSequence(1000);
    seq.keydown({ key: 'Escape' }, 0, free);
    expect(seq.keydown({ key: 'Escape' }, 1001, free).kind).to.equal('progress');
  });

  it('leaves Escape alone in fields, open dialogs and when a page handler used it', () => {
    const seq = new EscSequence(1000);
    for (const context of [
      { ...free, inEditable: true },
      { ...free, modalOpen: true },
      { ...free, defaultPrevented: true },
    ]) {
      expect(seq.keydown({ key: 'Escape' }, 0, context)).to.deep.equal({ kind: 'ignored' });
      expect(seq.keydown({ key: 'Escape' }, 10, context)).to.deep.equal({ kind: 'ignored' });
    }
  });

  it('resets on another key between presses', () => {
    const seq = new EscSequence(1000);
    seq.keydown({ key: 'Escape' }, 0, free);
    expect(seq.keydown({ key: 'a' }, 100, free)).to.deep.equal({ kind: 'reset' });
    expect(seq.keydown({ key: 'Escape' }, 200, free).kind).to.equal('progress');
  });
});
