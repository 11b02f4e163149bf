import { expect, fixture, html } from '@open-wc/testing';
import i18next from 'i18next';
import sinon from 'sinon';
import { defineElement } from '../../src/core/define.js';
import { addNamespace, i18n, registerStrings, stringsReady } from '../../src/core/i18n.js';
import { quickExitStrings } from '../../src/locales/quick-exit.js';
import { closestLang, normaliseLanguage } from '../../src/core/language.js';
import { VERSION } from '../../src/core/version.js';
import pkg from '../../package.json';

describe('core/define', () => {
  afterEach(() => sinon.restore());

  it('registers once, and a second copy warns once instead of throwing', () => {
    const warn = sinon.stub(console, 'warn');
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('nwd-test-define', First);
    expect(() => defineElement('nwd-test-define', Second)).to.not.throw();
    expect(() => defineElement('nwd-test-define', Second)).to.not.throw();
    expect(customElements.get('nwd-test-define')).to.equal(First);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('<nwd-test-define> is already defined by no-wrong-door');
  });

  it('says nothing when the same class is defined again', () => {
    const warn = sinon.stub(console, 'warn');
    class Same extends HTMLElement {}
    defineElement('nwd-test-same', Same);
    defineElement('nwd-test-same', Same);
    expect(warn.callCount).to.equal(0);
  });
});

describe('core/language', () => {
  it('maps any tag to a shipped language, English (UK) for the rest', () => {
    expect(normaliseLanguage('cy-GB')).to.equal('cy');
    expect(normaliseLanguage('CY')).to.equal('cy');
    expect(normaliseLanguage('gd')).to.equal('gd');
    expect(normaliseLanguage('en-US')).to.equal('en-GB');
    expect(normaliseLanguage('fr')).to.equal('en-GB');
    expect(normaliseLanguage('')).to.equal('en-GB');
    expect(normaliseLanguage(null)).to.equal('en-GB');
  });

  it('finds the nearest lang, stepping out of shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="gd"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(closestLang(inner)).to.equal('gd');
    inner.setAttribute('lang', 'cy');
    expect(closestLang(inner)).to.equal('cy');
  });
});

describe('core/i18n', () => {
  it('uses its own i18next instance and leaves the host page\'s global one alone', () => {
    expect(i18n).to.not.equal(i18next);
    expect(i18n.isInitialized).to.equal(true);
    expect(i18next.isInitialized).to.not.equal(true);
  });

  it('registerStrings overrides one key and keeps the rest', async () => {
    addNamespace('quick-exit', quickExitStrings);
    await stringsReady('gd', 'quick-exit');
    const t = () => i18n.getFixedT('gd', 'quick-exit');
    const original = t()('label');
    registerStrings('gd-GB', 'quick-exit', { label: 'Fàg' });
    expect(t()('label')).to.equal('Fàg');
    expect(t()('loading')).to.equal("A' luchdadh.");
    registerStrings('gd', 'quick-exit', { label: original });
  });

  it('keeps strings a host registered before the element first loaded', () => {
    registerStrings('cy', 'find-support', { heading: 'Cymorth' });
    addNamespace('find-support', { 'en-GB': { heading: 'Find support', intro: 'x' }, cy: { heading: 'Dod o hyd i gymorth', intro: 'y' }, gd: { heading: 'Lorg taic', intro: 'z' } });
    expect(i18n.getFixedT('cy', 'find-support')('heading')).to.equal('Cymorth');
    expect(i18n.getFixedT('cy', 'find-support')('intro')).to.equal('y');
  });

  it('reports the version package.json declares', () => {
    expect(VERSION).to.equal(pkg.version);
  });
});
