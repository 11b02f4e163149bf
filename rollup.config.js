// rollup.config.js: the npm build (one module per source file) and the two script-tag bundles.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const onwarn = (warning, warn) => {
  // Lit's ESM uses `this` at top level in some helpers: harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

// Script-tag bundles inline lit and i18next so a web team needs one file.
// terser `module: true` would mangle top-level names, which renames the IIFE's `NoWrongDoor` global.
const bundlePlugins = (format) => [
  nodeResolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
  terser({ format: { comments: false }, ecma: 2020, module: format === 'es' }),
];

export default [
  // npm: ES modules with .d.ts; lit, i18next and tslib stay dependencies.
  {
    input: ['src/index.ts', 'src/core/index.ts', 'src/components/quick-exit/nwd-quick-exit.ts', 'src/components/quick-exit/quick-exit.ts'],
    external: [/^lit(\/|$)/, /^@lit\//, /^i18next(\/|$)/, /^tslib$/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declarationDir: 'dist' })],
    onwarn,
  },
  // <script type="module" src=".../no-wrong-door.js">
  {
    input: 'src/bundle.ts',
    output: { file: 'dist/no-wrong-door.js', format: 'es', sourcemap: true },
    plugins: bundlePlugins('es'),
    onwarn,
  },
  // <script src=".../no-wrong-door.iife.js"> for CMSs that strip type="module" (window.NoWrongDoor)
  {
    input: 'src/bundle.ts',
    output: { file: 'dist/no-wrong-door.iife.js', format: 'iife', name: 'NoWrongDoor', sourcemap: true },
    plugins: bundlePlugins('iife'),
    onwarn,
  },
];
