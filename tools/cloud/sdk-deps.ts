/**
 * Modules the pinned wx-server-sdk ships, loaded from its own dependency tree: the local cloud decodes what the
 * SDK encodes with the very copies the SDK uses (its protobufjs, and the bson of @cloudbase/database).
 */
import { createRequire } from 'node:module';

/** `require` a module as seen from inside wx-server-sdk, following `via` packages down its dependency tree. */
export function requireFromSdk<T>(name: string, ...via: string[]): T {
  let from = createRequire(createRequire(__filename).resolve('wx-server-sdk/package.json'));
  for (const pkg of via) from = createRequire(from.resolve(`${pkg}/package.json`));
  return from(name) as T;
}
