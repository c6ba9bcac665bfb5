import { build } from 'esbuild';
const root = new URL('../../..', import.meta.url).pathname;
const r = await build({ entryPoints: [root + 'packages/chat/src/define/foyer-launcher.ts'], bundle: true, splitting: true, format: 'esm', minify: true, target: 'es2022', conditions: ['production','module'], outdir: '/tmp/sz-' + process.pid, metafile: true, logLevel: 'error' });
const rows = [];
for (const [out, o] of Object.entries(r.metafile.outputs)) for (const [inp, v] of Object.entries(o.inputs)) rows.push([v.bytesInOutput, out.split('/').pop(), inp.replace(/.*node_modules\//, 'nm:')]);
console.log(rows.sort((a, b) => b[0] - a[0]).slice(0, 70).map((r) => r.join('  ')).join('\n'));
for (const [out, o] of Object.entries(r.metafile.outputs)) if (out.endsWith('.js')) console.log(out.split('/').pop(), o.imports.map(i => i.kind[0] + ':' + i.path.split('/').pop()).join(' '));
