// Builds the static desk app into dist/: index.html plus content-hashed JS and CSS under assets/,
// all referenced by RELATIVE urls (the server mounts it at /agent/) and nothing inline, so a CSP of
// `default-src 'self'; script-src 'self'; style-src 'self'` holds.
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = (path) => readFileSync(`${root}src/app/${path}`, 'utf8');

/** Emits the page stylesheet, the icon and index.html pointing at the hashed entry chunk. */
function htmlEmitter() {
  let cssRef;
  let iconRef;
  return {
    name: 'desk-html',
    buildStart() {
      cssRef = this.emitFile({ type: 'asset', name: 'desk.css', source: source('page.css') });
      iconRef = this.emitFile({ type: 'asset', name: 'icon.svg', source: source('icon.svg') });
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      if (!entry) this.error('no entry chunk');
      const html = source('index.html').replace('%CSS%', `./${this.getFileName(cssRef)}`)
        .replace('%ICON%', `./${this.getFileName(iconRef)}`).replace('%JS%', `./${entry.fileName}`);
      this.emitFile({ type: 'asset', fileName: 'index.html', source: html });
    },
  };
}

// `--out DIR` builds elsewhere (the built-app test uses a temporary directory).
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? process.argv[outArg + 1] : `${root}dist`;

// Stale hashed files from earlier builds would be served forever: start the assets afresh.
rmSync(`${outDir}/assets`, { recursive: true, force: true });

const bundle = await rollup({
  input: `${root}src/app/main.ts`,
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production', 'browser'], extensions: ['.ts', '.js'] }),
    esbuild({ target: 'es2022', minify: true, tsconfig: `${root}tsconfig.json`, define: { 'process.env.NODE_ENV': '"production"' } }),
    htmlEmitter(),
  ],
});
await bundle.write({
  dir: outDir,
  format: 'es',
  entryFileNames: 'assets/desk-[hash].js',
  chunkFileNames: 'assets/[name]-[hash].js',
  assetFileNames: 'assets/[name]-[hash][extname]',
  sourcemap: true,
});
await bundle.close();
