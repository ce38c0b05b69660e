/**
 * The set-up every e2e file shares: one build, one preview with a browser for the file, closed afterwards, and
 * every page or console error failing the test that caused it. Returns the session (filled in by beforeAll).
 */
import { BUILD_TIMEOUT_MS, prepareBuild, type E2eBuild } from './build';
import { openPreview, type PreviewSession } from '../../../tools/preview/browser';

export function usePreviewSession(): PreviewSession {
  let session: PreviewSession | undefined;
  let build: E2eBuild | undefined;

  beforeAll(async () => {
    build = await prepareBuild();
    session = await openPreview({ root: build.root });
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await session?.close();
    build?.cleanup();
  });

  afterEach(() => {
    const errors = session ? session.errors.splice(0) : [];
    expect(errors).toEqual([]);
  });

  return new Proxy({} as PreviewSession, {
    get(_target, key) {
      if (!session) throw new Error('the preview session is opened in beforeAll');
      return session[key as keyof PreviewSession];
    },
  });
}
