/**
 * Bundle one cloud function entry (a test fixture or a bench fixture) the way the build bundles the real ones
 * (tools/build/cloudfunctions.ts): esbuild, CommonJS for Node 16, wx-server-sdk left external so that
 * `require('wx-server-sdk')` resolves to the pinned copy. Put `outfile` inside the repository for that.
 */
import { buildSync } from 'esbuild';

export function bundleFunction(entry: string, outfile: string): void {
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    outfile,
    logLevel: 'silent',
  });
}
