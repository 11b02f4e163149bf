// rollup.config.js: the npm build (one module per source file) and the two script-tag bundles.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const onwarn = (warning, warn) => {
  // Lit's ESM uses `this` at top level in some helpers: harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * Minifies the CSS inside Lit's css`…` templates (terser leaves template text alone): comments
 * and runs of white space go. Our styles contain no strings where white space matters.
 */
function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!/\/src\/.*\.styles?\.ts$/.test(id) && !id.endsWith('/src/core/styles.ts')) return null;
      const minified = code.replace(/css`([^`]*)`/g, (_, body) => {
        const text = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${text}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/** dist/chunks/<name>-<hash>.js; a language's strings are named by language too (cy-find-support-…). */
const chunkName = (chunk) => {
  const strings = /locales\/([^/]+)\/([^/]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  return strings ? `chunks/${strings[1]}-${strings[2]}-[hash].js` : 'chunks/[name]-[hash].js';
};

/**
 * For the self-contained file only: each language's strings as a plain import instead of an import()
 * (which would be inlined anyway), so the tables are there at once and nothing waits.
 */
function eagerStrings() {
  return {
    name: 'eager-strings',
    transform(code, id) {
      if (id.endsWith('/src/core/base-element.ts')) return { code: code.replace('const LAZY_STRINGS = true;', 'const LAZY_STRINGS = false;'), map: null };
      if (!/\/src\/locales\/[a-z-]+\.ts$/.test(id)) return null;
      const imports = [];
      const out = code.replace(/\(\) => import\('(\.\/[\w-]+\/[\w-]+\.js)'\)\.then\(\(module\) => module\.(\w+)\)/g, (_, path, name) => {
        imports.push(`import { ${name} as eager${imports.length} } from '${path}';`);
        return `eager${imports.length - 1}`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : null;
    },
  };
}

// Script-tag bundles inline lit and i18next so a web team needs one file.
// terser `module: true` would mangle top-level names, which renames the IIFE's `NoWrongDoor` global.
const bundlePlugins = (format, { eager = false } = {}) => [
  nodeResolve({ browser: true }),
  ...(eager ? [eagerStrings()] : []),
  minifyLitCss(),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
  // white space between tags and attributes in html`…` templates (Lit's own plugin, made for this)
  minifyHTML(),
  terser({ format: { comments: false }, ecma: 2020, module: format === 'es', compress: { passes: 2 } }),
];

export default [
  // npm: ES modules with .d.ts; lit, i18next and tslib stay dependencies.
  {
    input: ['src/index.ts', 'src/core/index.ts', 'src/components/quick-exit/nwd-quick-exit.ts', 'src/components/quick-exit/quick-exit.ts',
      'src/components/find-support/nwd-find-support.ts', 'src/components/find-support/find-support.ts',
      'src/engines/language-check/index.ts', 'src/engines/safety-plan/index.ts', 'src/components/language-check/nwd-language-check.ts', 'src/components/language-check/language-check.ts',
      'src/components/safety-plan/nwd-safety-plan.ts', 'src/components/safety-plan/safety-plan.ts'],
    external: [/^lit(\/|$)/, /^@lit\//, /^i18next(\/|$)/, /^tslib$/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declarationDir: 'dist' })],
    onwarn,
  },
  // <script type="module" src=".../no-wrong-door.js">: the main file plus chunks beside it (dist/chunks/)
  {
    input: { 'no-wrong-door': 'src/bundles/main.ts' },
    preserveEntrySignatures: 'allow-extension', // shared code stays in the main file, not a chunk of its own
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: chunkName },
    plugins: bundlePlugins('es'),
    onwarn,
  },
  // <script src=".../no-wrong-door.iife.js">: a classic-script stub that imports the module build beside it
  {
    input: 'src/bundles/iife-stub.ts',
    output: { file: 'dist/no-wrong-door.iife.js', format: 'iife', sourcemap: true },
    plugins: bundlePlugins('iife'),
    onwarn,
  },
  // <script src=".../no-wrong-door.all.iife.js">: everything in one file (window.NoWrongDoor)
  {
    input: 'src/bundles/all.ts',
    output: { file: 'dist/no-wrong-door.all.iife.js', format: 'iife', name: 'NoWrongDoor', sourcemap: true, inlineDynamicImports: true },
    plugins: bundlePlugins('iife', { eager: true }),
    onwarn,
  },
];
