/** The page-test device's line to the local cloud started by ./cloud-setup.ts (its URL in LOCAL_CLOUD_URL). */
import http from 'http';

export interface CloudReply {
  readonly status: number;
  readonly text: string;
}

/** POST `body` as JSON to `route` of the local cloud; rejects when it is not running or cannot be reached. */
export function postToLocalCloud(
  route: string,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): Promise<CloudReply> {
  const url = process.env.LOCAL_CLOUD_URL;
  if (!url) return Promise.reject(new Error('no local cloud'));
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}${route}`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}
