// The React wrappers at no-wrong-door/react (dist/react/, written from custom-elements.json): each is a
// React component that renders its tag, and importing them registers the tags. Runs in Node, where
// lit's Node build supplies the DOM shim and react-dom/server renders. Node's test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const wrappers = await import('../../dist/react/index.js');
const TAGS = { FindSupport: 'nwd-find-support', LanguageCheck: 'nwd-language-check', QuickExit: 'nwd-quick-exit', SafetyPlan: 'nwd-safety-plan' };

test('one wrapper per element, each rendering its own tag', () => {
  assert.deepEqual(Object.keys(wrappers).sort(), Object.keys(TAGS));
  for (const [name, tag] of Object.entries(TAGS)) {
    assert.match(renderToString(createElement(wrappers[name], { children: 'fallback' })), new RegExp(`^<${tag}[ >].*fallback</${tag}>$`), name);
  }
});

test('importing the wrappers registers every tag', () => {
  for (const tag of Object.values(TAGS)) assert.ok(customElements.get(tag), tag);
});
