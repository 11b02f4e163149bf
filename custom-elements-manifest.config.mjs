// custom-elements-manifest.config.mjs: `npm run analyze` (cem analyze) reads this.
// The manifest describes the package as it ships: module paths are the built dist/*.js files (the
// package does not ship src/), each nwd-*.js module carries a custom-element-definition export for the
// tag it registers, and re-exports point at the module that declares the class. From the finished
// manifest the generators write the editor data and framework types into dist/ (built, not committed).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';

// the script-tag entries ship under their bundle names; every other module as rollup writes it
const BUNDLES = { 'src/bundles/main.ts': 'dist/no-wrong-door.js', 'src/bundles/iife-stub.ts': 'dist/no-wrong-door.iife.js', 'src/bundles/all.ts': 'dist/no-wrong-door.all.iife.js' };
const toDist = (path) => BUNDLES[path.replace(/^\.\//, '')] ?? path.replace(/^(\.\/)?src\//, 'dist/').replace(/\.ts$/, '.js');

/** Ships-as-built paths, the re-export fix and one definition export per registered tag. */
function packagePaths() {
  const definitions = new Map(); // module path -> [[tag, class name]]
  return {
    name: 'nwd-package-paths',
    analyzePhase({ ts, node, moduleDoc }) {
      // defineElement('nwd-quick-exit', NwdQuickExit): our helper around customElements.define
      if (!ts.isCallExpression(node) || node.expression.getText?.() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      const list = definitions.get(moduleDoc.path) ?? [];
      list.push([tag.text, cls.text]);
      definitions.set(moduleDoc.path, list);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const declaredIn = new Map();
      for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (!declaredIn.has(d.name)) declaredIn.set(d.name, mod.path);
      // a reference to a module that does not declare the name (a re-export): the declaring module
      const fix = (ref, from) => {
        if (!ref?.module || ref.package) return;
        let path = ref.module.startsWith('.') ? posix.join(dirname(from), ref.module).replace(/\.js$/, '.ts') : ref.module;
        const mod = manifest.modules.find((m) => m.path === path);
        if (!mod?.declarations?.some((d) => d.name === ref.name) && declaredIn.has(ref.name)) path = declaredIn.get(ref.name);
        ref.module = toDist(path);
      };
      for (const mod of manifest.modules) {
        for (const [tag, name] of definitions.get(mod.path) ?? []) {
          mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name, module: mod.path } }];
        }
        for (const exp of mod.exports ?? []) fix(exp.declaration, mod.path);
        for (const d of mod.declarations ?? []) {
          fix(d.superclass, mod.path);
          for (const m of [...(d.members ?? []), ...(d.attributes ?? []), ...(d.events ?? [])]) fix(m.inheritedFrom, mod.path);
        }
      }
      // the analyzer also reads customElements.define(tag, element) inside defineElement itself as a tag "tag"
      const tagOf = new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.name, d.tagName])));
      for (const mod of manifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || tagOf.get(e.declaration.name) === e.name);
      }
      for (const mod of manifest.modules) mod.path = toDist(mod.path);
      // After rollup (npm run build): leave out modules it does not write (types only, or inlined).
      if (existsSync('dist/index.js')) manifest.modules = manifest.modules.filter((mod) => existsSync(mod.path));
    },
  };
}

/**
 * The JSX generator augments a dozen JSX hosts (preact, solid-js, qwik…); an augmentation of a module
 * the app does not have is an error under skipLibCheck: false. Keep React's (and the global JSX), fix
 * the Vue and Svelte event types, and give each types-only entry an empty .js so that every export resolves.
 */
const camel = (kebab) => kebab.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const vueKey = (key) => (key.startsWith('onnwd-') ? `on${camel(key.slice(2)).replace(/^./, (c) => c.toUpperCase())}` : camel(key));

function trimTypes(dir) {
  return {
    name: 'nwd-trim-types',
    packageLinkPhase() {
      const file = `${dir}/jsx.d.ts`;
      const keep = new Set(['react', 'react/jsx-runtime', 'react/jsx-dev-runtime']);
      let text = readFileSync(file, 'utf8').replace(/^declare module "([^"]+)" \{\n[\s\S]*?^\}\n\n?/gm, (block, name) => (keep.has(name) ? block : ''));
      // it imports every export of a class's module (DEFAULT_EXIT_URL…), used or not, and some are not
      // exported from the main entry: keep the names the file uses
      text = text.replace(/^import type \{([^}]+)\} from "\.\.\/index\.js";/m, (line, names) => {
        const used = names.split(',').map((n) => n.trim()).filter((n) => n && text.split(new RegExp(`\\b${n}\\b`)).length > 2);
        return `import type { ${used.join(', ')} } from "../index.js";`;
      });
      writeFileSync(file, text);
      // The Vue and Svelte generators wrap the documented CustomEvent<Detail> in a second CustomEvent
      // and do not import the detail types: unwrap, and import them beside the classes.
      for (const name of ['vue', 'svelte']) {
        const path = `${dir}/${name}.d.ts`;
        let source = readFileSync(path, 'utf8').replace(/CustomEvent<CustomEvent<(.*)>>\) => void/g, 'CustomEvent<$1>) => void');
        const details = [...new Set(source.match(/\bNwd\w+Detail\b/g) ?? [])].sort();
        source = source.replace(/import type \{ ([^}]+) \} from "\.\.\/index\.js";/, (line, names) => `import type { ${[...names.split(', '), ...details].join(', ')} } from "../index.js";`);
        // Vue's template type-check camelises attributes (feed-format → feedFormat) and listeners
        // (@nwd-plan → onNwdPlan); the generator writes the kebab-case keys, which strictTemplates rejects
        // The Svelte file leans on a global JSX namespace (React's), which a Svelte app lacks, and
        // declares svelteHTML inside a module, where it augments nothing: make it global.
        if (name === 'svelte') {
          source = source.replace(/JSX\.Element\b/g, 'unknown').replace(/JSX\.CSSProperties\b/g, 'string')
            .replace(/^declare namespace svelteHTML \{\n([\s\S]*?)^\}/m, (_, body) => `declare global {\n  namespace svelteHTML {\n${body.replace(/^(?=.)/gm, '  ')}  }\n}`);
        }
        if (name === 'vue') source = source.replace(/^(\s+)"([a-z-]+)"\?:/gm, (_, space, key) => `${space}${vueKey(key)}?:`);
        writeFileSync(path, source);
      }
      for (const name of ['jsx', 'vue', 'svelte']) writeFileSync(`${dir}/${name}.js`, '// types only: see ./' + name + '.d.ts\nexport {};\n');
      // the script-tag stub exports nothing (it loads dist/no-wrong-door.js and fires nwd-ready)
      writeFileSync(`${dir}/iife-stub.d.ts`, 'export {};\n');
    },
  };
}

/**
 * React wrappers (@lit/react) at no-wrong-door/react, one per element, written from the manifest:
 * for React 18 and below, or for typed event props (onNwdExit…) and property passing in any React.
 * Each imports the element's registering module, so using a wrapper registers its tag.
 */
function reactWrappers(dir) {
  return {
    name: 'nwd-react-wrappers',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const rel = (path) => `../${path.replace(/^dist\//, '')}`;
      const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, registers: m.path })));
      const elements = definitions.map((d) => {
        const cls = manifest.modules.find((m) => m.path === d.declaration.module).declarations.find((c) => c.name === d.declaration.name);
        const events = (cls.events ?? []).filter((e) => e.name).map((e) => ({ prop: `on${camel(`-${e.name}`)}`, name: e.name, type: e.type?.text ?? 'Event' }));
        return { tag: d.name, cls: cls.name, wrapper: cls.name.replace(/^Nwd/, ''), registers: rel(d.registers), events };
      }).sort((a, b) => a.tag.localeCompare(b.tag));
      const head = '// Generated from custom-elements.json (custom-elements-manifest.config.mjs): React wrappers by @lit/react.\n';
      const js = [head, "import React from 'react';", "import { createComponent } from '@lit/react';",
        ...elements.map((e) => `import { ${e.cls} } from '${e.registers}';`), '',
        ...elements.map((e) => `export const ${e.wrapper} = createComponent({ react: React, tagName: '${e.tag}', elementClass: ${e.cls}, events: { ${e.events.map((v) => `${v.prop}: '${v.name}'`).join(', ')} } });`)];
      const details = [...new Set(elements.flatMap((e) => e.events.map((v) => v.type)).join(' ').match(/\bNwd\w+Detail\b/g) ?? [])].sort();
      const dts = [head, "import type { EventName, ReactWebComponent } from '@lit/react';",
        `import type { ${[...elements.map((e) => e.cls), ...details].join(', ')} } from '../index.js';`, '',
        ...elements.map((e) => `/** \`<${e.tag}>\` as a React component. */\nexport declare const ${e.wrapper}: ReactWebComponent<${e.cls}, { ${e.events.map((v) => `${v.prop}: EventName<${v.type}>`).join('; ')} }>;`)];
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/index.js`, js.join('\n') + '\n');
      writeFileSync(`${dir}/index.d.ts`, dts.join('\n') + '\n');
    },
  };
}

const typesDir = 'dist/types';
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    packagePaths(),
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true }),
    // types import the classes from the package's main entry, relative to dist/types/
    jsxTypesPlugin({ outdir: typesDir, fileName: 'jsx.d.ts', globalTypePath: '../index.js', stronglyTypedEvents: true, hideLogs: true }),
    customElementVuejsPlugin({ outdir: typesDir, fileName: 'vue.d.ts', globalTypePath: '../index.js', hideLogs: true }),
    customElementSveltePlugin({ outdir: typesDir, fileName: 'svelte.d.ts', globalTypePath: '../index.js', hideLogs: true }),
    trimTypes(typesDir),
    reactWrappers('dist/react'),
  ],
};
