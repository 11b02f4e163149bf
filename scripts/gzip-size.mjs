// scripts/gzip-size.mjs: how big an npm entry is once a user's bundler ships it (minified, gzip -9).
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** An npm entry as a user's bundler would ship it: its imports resolved (production Lit) and minified. */
export async function bundleEntry(entry, external = []) {
  const build = await rollup({
    input: entry,
    external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
    plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false }, module: true })],
    onwarn: (warning, warn) => {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true }); // the entry and everything it may load
  await build.close();
  return Buffer.from(output[0].code);
}

export const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const kib = (bytes) => (bytes / 1024).toFixed(1);
