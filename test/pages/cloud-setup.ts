/**
 * Page tests talk to the real cloud functions: start the local cloud (in memory) once for the run.
 */
import { startLocalCloud } from '../../tools/cloud';
import { COLLECTIONS } from '../cloud/harness';

export default async function setup(): Promise<void> {
  const cloud = await startLocalCloud({ port: 0, dataFile: null, collections: COLLECTIONS });
  process.env.LOCAL_CLOUD_URL = cloud.url;
  (globalThis as Record<string, unknown>).__LOCAL_CLOUD__ = cloud;
}
