import { build } from 'esbuild';
const root = new URL('../../..', import.meta.url).pathname;
const r = await build({ entryPoints: [root + 'packages/chat/src/define/foyer-launcher.ts'], bundle: true, splitting: true, format: 'esm', minify: true, target: 'es2022', conditions: ['production','module'], outdir: '/tmp/sz-' + process.pid, metafile: true, logLevel: 'error' });
for (const [inp, v] of Object.entries(r.metafile.inputs)) for (const i of v.imports) if (/escalation\.(machine|wiring)|errors\.js/.test(i.path)) console.log(inp.replace(/.*packages\//,''), '->', i.path.split('/').pop(), i.kind);
