/** The release script refuses to run without an appid and an upload key (it never runs in CI). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { release, releaseCredentials, ReleaseRefused } from '../../../tools/release';

const APPID = 'wx0123456789abcdef';

test('no MP_APPID: refused with the variables to set', () => {
  expect(() => releaseCredentials({})).toThrow(ReleaseRefused);
  expect(() => releaseCredentials({})).toThrow(/MP_APPID is not set.*MP_PRIVATE_KEY.*MP_PRIVATE_KEY_PATH/);
  expect(() => releaseCredentials({ MP_APPID: 'touristappid' })).toThrow(/not an appid/);
});

test('an appid but no key, or a key path that does not exist: refused', () => {
  expect(() => releaseCredentials({ MP_APPID: APPID })).toThrow(/no private key/);
  expect(() => releaseCredentials({ MP_APPID: APPID, MP_PRIVATE_KEY: 'hello' })).toThrow(
    /not a PEM private key/,
  );
  expect(() => releaseCredentials({ MP_APPID: APPID, MP_PRIVATE_KEY_PATH: '/nonexistent/key' })).toThrow(
    /does not exist/,
  );
});

test('key contents or an existing key path are accepted', () => {
  const pem = '-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----';
  expect(releaseCredentials({ MP_APPID: APPID, MP_PRIVATE_KEY: pem })).toEqual({
    appid: APPID,
    key: { contents: pem },
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-key-'));
  try {
    fs.writeFileSync(path.join(dir, 'k.key'), pem);
    expect(releaseCredentials({ MP_APPID: APPID, MP_PRIVATE_KEY_PATH: path.join(dir, 'k.key') }).key).toEqual(
      {
        path: path.join(dir, 'k.key'),
      },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('release() without credentials exits 1 before building anything', async () => {
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await expect(release({})).resolves.toBe(1);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^release refused: MP_APPID is not set/));
  } finally {
    error.mockRestore();
  }
});
