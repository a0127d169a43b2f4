// Builds src/ into fingerprinted files plus manifest.json ({"app.css": "app-HASH.css", …}) in the folder given as
// the first argument (the Maven build passes the service's static resources). Minified, with no source maps shipped.
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const outdir = path.resolve(process.argv[2] ?? 'dist');
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const result = await build({
  entryPoints: ['src/app.js', 'src/app.css'],
  outdir,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2019', 'chrome80', 'safari13'],
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
});

// The staff pages' camera scanning, as an ES module: its ZXing fallback (and that one's .wasm) is a separate chunk
// that the browser fetches only where it has no BarcodeDetector of its own, and only once the camera starts.
const scan = await build({
  entryPoints: ['src/scan.js'],
  outdir,
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  target: ['es2020'],
  entryNames: '[name]-[hash]',
  chunkNames: 'scan-chunk-[hash]',
  assetNames: '[name]-[hash]',
  loader: { '.wasm': 'file' },
  publicPath: '/assets',
  metafile: true,
  logLevel: 'warning',
});

const manifest = {};
for (const [file, meta] of Object.entries({ ...result.metafile.outputs, ...scan.metafile.outputs })) {
  if (meta.entryPoint) {
    const base = path.basename(file);
    manifest[base.replace(/-[A-Z0-9]+\./, '.')] = base;
  }
}
await writeFile(path.join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`front end: ${Object.values(manifest).join(', ')} -> ${outdir}`);
