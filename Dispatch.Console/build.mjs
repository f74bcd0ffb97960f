// Builds the console: TypeScript types generated from the server's contract, a type check against them, then an
// esbuild bundle (TypeScript + Leaflet + SignalR) into dist/, copied beside the server as wwwroot.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const production = process.env.NODE_ENV !== 'development';
// In CI the checked-in files must already be what the build makes: a stale one fails the build instead of changing.
const ci = process.env.CI === 'true';

// contract/openapi.json is written by the server's build (its `openapi` verb); the types follow it.
const contract = new URL('./contract/openapi.json', import.meta.url);
const typesPath = 'src/api/schema.d.ts';
const header = '// Generated from contract/openapi.json by openapi-typescript during the build (build.mjs). Do not edit.\n\n';
const types = header + astToString(await openapiTS(contract, { alphabetize: true }));
const current = existsSync(typesPath) ? readFileSync(typesPath, 'utf8') : '';
if (current !== types) {
  if (ci) {
    console.error(`${typesPath} is stale: build locally (dotnet build) and commit the regenerated contract and types.`);
    process.exit(1);
  }
  writeFileSync(typesPath, types);
}

// The console must compile against the contract as it is now: a changed response shape fails here, not in a browser.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
await esbuild.build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  outfile: 'dist/app.js',
  format: 'iife',
  target: ['es2022'],
  sourcemap: true,
  minify: production,
  loader: { '.png': 'file', '.svg': 'file' },
  logLevel: 'warning',
});
cpSync('public', 'dist', { recursive: true });
cpSync('node_modules/leaflet/dist/leaflet.css', 'dist/leaflet.css');
cpSync('node_modules/leaflet/dist/images', 'dist/images', { recursive: true });
cpSync('node_modules/leaflet.markercluster/dist/MarkerCluster.css', 'dist/MarkerCluster.css');
