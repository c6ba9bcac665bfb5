// Library build shared by the browser packages: ESM, dependencies left external, one file per source
// module (so a site's bundler tree-shakes and splits our code as finely as its own, e.g. the Node
// platform never reaches a browser bundle). The CSS of Lit `css` templates ships minified.
import { readFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { litCssMinifier } from './scripts/minify-lit-css.mjs';

const cwd = process.cwd();
// A clean output: files of modules that were renamed or removed must not linger in the package.
rmSync(join(cwd, 'dist'), { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const external = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));

const input = { index: 'src/index.ts' };
for (const dir of ['lit', 'node']) {
  if (existsSync(join(cwd, 'src', dir, 'index.ts'))) input[`${dir}/index`] = `src/${dir}/index.ts`;
}
const defineDir = join(cwd, 'src', 'define');
if (existsSync(defineDir)) {
  for (const f of readdirSync(defineDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    input[`define/${f.replace(/\.ts$/, '')}`] = `src/define/${f}`;
  }
}

export default {
  input,
  external,
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', sourcemap: true },
  plugins: [nodeResolve({ extensions: ['.ts', '.js'] }), esbuild({ target: 'es2022', tsconfig: join(cwd, 'tsconfig.json') }), litCssMinifier()],
};
