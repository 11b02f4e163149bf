// scripts/check-manifest.mjs: custom-elements.json must document what each element really has.
// For every element in src/components/<name>/: every part="…" in its templates has a @csspart, every
// --nwd-* property it reads (directly, or through a core token's private --_nwd-* copy) has a
// @cssprop, every event it dispatches has an @event, and every attribute has a description.
// Last line: "manifest: N passed, N failed" (one check per element and kind).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);
const tokenSource = readFileSync('src/core/styles.ts', 'utf8');
// --_nwd-text: var(--nwd-color-text, …) → private alias → public name
const aliases = new Map([...tokenSource.matchAll(/(--_nwd-[\w-]+):\s*var\((--nwd-[\w-]+)/g)].map((m) => [m[1], m[2]]));

let passed = 0;
let failed = 0;
function expectAll(what, tag, found, documented) {
  const missing = [...found].filter((name) => !documented.includes(name));
  if (missing.length) {
    failed++;
    console.log(`✗ <${tag}> ${what} not documented: ${missing.join(', ')}`);
  } else {
    passed++;
    console.log(`✓ <${tag}> ${what}: ${[...found].join(', ') || '(none)'}`);
  }
}

for (const folder of readdirSync('src/components')) {
  const dir = join('src/components', folder);
  const source = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const tag = `nwd-${folder}`;
  const element = declarations.find((d) => d.tagName === tag);
  if (!element) {
    failed++;
    console.log(`✗ <${tag}> missing from custom-elements.json`);
    continue;
  }
  const parts = new Set([...source.matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1]));
  const props = new Set([...source.matchAll(/var\((--nwd-[\w-]+)/g)].map((m) => m[1]));
  for (const [alias, name] of aliases) if (source.includes(alias)) props.add(name);
  props.add('--nwd-color-scheme').add('--nwd-font-family'); // set on every :host by the core tokens
  const events = new Set([...source.matchAll(/new CustomEvent(?:<[^>]+>)?\(\s*'([\w-]+)'/g)].map((m) => m[1]));

  expectAll('parts', tag, parts, (element.cssParts ?? []).map((p) => p.name));
  expectAll('custom properties', tag, props, (element.cssProperties ?? []).map((p) => p.name));
  expectAll('events', tag, events, (element.events ?? []).map((e) => e.name));
  const attributes = element.attributes ?? [];
  const described = attributes.filter((a) => a.description || element.members?.find((m) => m.name === a.fieldName)?.description);
  expectAll('attribute descriptions', tag, new Set(attributes.map((a) => a.name)), described.map((a) => a.name));
}
console.log(`\nmanifest: ${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
