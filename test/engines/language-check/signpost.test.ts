import { expect } from '@open-wc/testing';
import { suggestsDistress } from '../../../src/engines/language-check/index.js';

describe('engines/language-check suggestsDistress', () => {
  it('offers help when the words suggest the writer is struggling', () => {
    for (const text of [
      'I want to die.', 'Honestly I just want to die', 'I have been cutting myself again', "I've been cutting myself.",
      'There is no reason to go on.', "I'm going to end it tonight.", 'I want to end my life', 'Sometimes I think about ending it all.',
      "I can't go on like this.", 'Everyone would be better off without me.', "I don't want to be here anymore.",
      "I'm suicidal and nobody listens.", 'I keep having thoughts of suicide.', 'I wish I was dead', 'I want to kill myself.',
      'Life is not worth living.', 'I hurt myself last night.',
    ]) expect(suggestsDistress(text), text).to.equal(true);
  });

  it('still offers help, gently, after a negation', () => {
    expect(suggestsDistress("I don't want to die, but I can't cope any more.")).to.equal(true);
    expect(suggestsDistress("I don't want to die")).to.equal(true);
  });

  it('leaves figures of speech and ordinary complaints alone', () => {
    for (const text of [
      "I'm dying to see the film.", 'The cake was to die for.', 'I nearly killed myself laughing.', 'My bin was not collected again.',
      'The streetlight outside number 12 is broken.', 'Please end my parking permit from June.', 'The plants will die without water.',
      'We want to end the contract.', '',
    ]) expect(suggestsDistress(text), text).to.equal(false);
  });
});
