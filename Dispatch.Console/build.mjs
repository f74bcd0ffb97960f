// Bundles the console with esbuild: TypeScript + Leaflet + SignalR into dist/, copied beside the server as wwwroot.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const production = process.env.NODE_ENV !== 'development';
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
