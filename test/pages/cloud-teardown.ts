export default async function teardown(): Promise<void> {
  const cloud = (globalThis as Record<string, unknown>).__LOCAL_CLOUD__ as
    { close(): Promise<void> } | undefined;
  await cloud?.close();
}
