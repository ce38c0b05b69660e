/**
 * cloud.openapi.subscribeMessage.send through the real SDK (protobuf over multipart): every error code, the
 * one-time quota ledger, the permission from config.json, and the outbox.
 */
import { deployConfig } from '../../../miniprogram/config/deploy';
import { testOpenid, type LocalCloud } from '../../../tools/cloud';
import { KEYWORD_RULES, checkTemplateData } from '../../../tools/cloud/subscribe-rules';
import { startWithFixtures } from './helpers';

let cloud: LocalCloud;
let stop: () => Promise<void>;
const ALICE = testOpenid('alice');
const tpl = deployConfig.templates.progressUpdate;
const PAGE = 'pages/home/index';
const goodData = {
  thing1: { value: '微信支付收款受限申诉' },
  phrase2: { value: '审核中' },
  date3: { value: '2025年3月1日 15:01' },
  thing4: { value: '等待平台回复' },
};

interface SendResult {
  ok: boolean;
  errCode?: number;
  errMsg?: string;
  res?: { errCode: number; errMsg: string; msgid: number };
}
const send = (fn: string, event: Record<string, unknown>) =>
  cloud.call<SendResult>(
    fn,
    { touser: ALICE, templateId: tpl.id, page: PAGE, data: goodData, ...event },
    { openid: ALICE },
  );

beforeAll(async () => {
  ({ cloud, stop } = await startWithFixtures(['notify', 'noperm']));
});
afterAll(() => stop());

test('success consumes one credit per accept; without credit 43101', async () => {
  expect(cloud.credits(ALICE, tpl.id)).toBe(0);
  expect(await send('notify', {})).toMatchObject({ ok: false, errCode: 43101 });
  cloud.grantSubscription(ALICE, tpl.id, 'accept');
  cloud.grantSubscription(ALICE, tpl.id, 'accept');
  cloud.grantSubscription(ALICE, tpl.id, 'reject');
  expect(cloud.credits(ALICE, tpl.id)).toBe(2);
  const first = await send('notify', {});
  expect(first).toMatchObject({ ok: true, res: { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' } });
  expect(typeof first.res?.msgid).toBe('number');
  expect(cloud.credits(ALICE, tpl.id)).toBe(1);
  expect(await send('notify', { self: true, touser: undefined })).toMatchObject({ ok: true });
  expect(cloud.credits(ALICE, tpl.id)).toBe(0);
  expect(await send('notify', {})).toMatchObject({ ok: false, errCode: 43101 });
});

test('ban blocks and zeroes the credit', async () => {
  const u = testOpenid('banned');
  cloud.grantSubscription(u, tpl.id, 'accept');
  cloud.grantSubscription(u, tpl.id, 'ban');
  cloud.grantSubscription(u, tpl.id, 'accept');
  expect(cloud.credits(u, tpl.id)).toBe(0);
  expect(await send('notify', { touser: u })).toMatchObject({ errCode: 43101 });
});

test('40003 bad openid, 40037 unknown template, 41030 unknown page, 47003 bad data; none consumes credit', async () => {
  cloud.grantSubscription(ALICE, tpl.id, 'accept');
  expect(await send('notify', { touser: 'user-a' })).toMatchObject({
    errCode: 40003,
    errMsg: expect.stringContaining('invalid openid'),
  });
  expect(await send('notify', { templateId: 'TPL_typo' })).toMatchObject({ errCode: 40037 });
  expect(await send('notify', { page: 'pages/nope/index' })).toMatchObject({ errCode: 41030 });
  expect(await send('notify', { data: { ...goodData, phrase2: { value: 'in review' } } })).toMatchObject({
    errCode: 47003,
    errMsg: expect.stringContaining('data.phrase2.value'),
  });
  expect(await send('notify', { data: { ...goodData, thing1: { value: '这'.repeat(21) } } })).toMatchObject({
    errCode: 47003,
    errMsg: expect.stringContaining('data.thing1'),
  });
  const missing: Record<string, unknown> = { ...goodData };
  delete missing.thing4;
  expect(await send('notify', { data: missing })).toMatchObject({
    errCode: 47003,
    errMsg: expect.stringContaining('data.thing4.value is empty'),
  });
  expect(await send('notify', { data: { ...goodData, thing9: { value: 'x' } } })).toMatchObject({
    errCode: 47003,
    errMsg: expect.stringContaining('data.thing9'),
  });
  expect(cloud.credits(ALICE, tpl.id)).toBe(1);
  expect(await send('notify', { page: `${PAGE}?id=1` })).toMatchObject({ ok: true });
});

test('a function without permissions.openapi subscribeMessage.send gets -604101', async () => {
  cloud.grantSubscription(ALICE, tpl.id, 'accept');
  expect(await send('noperm', {})).toMatchObject({ ok: false, errCode: -604101 });
  expect(cloud.credits(ALICE, tpl.id)).toBe(1);
});

test('fault injection on the OpenAPI: a platform error reaches the function as a thrown errCode', async () => {
  cloud.grantSubscription(ALICE, tpl.id, 'accept');
  const before = cloud.outbox().length;
  cloud.faults.failNext('wx.openApi', { error: { code: 'SYS_ERR', message: 'injected' } });
  expect(await send('notify', {})).toMatchObject({
    ok: false,
    errCode: -501001,
    errMsg: expect.stringContaining('injected'),
  });
  expect(cloud.outbox()).toHaveLength(before); // never reached WeChat
  expect(await send('notify', {})).toMatchObject({ ok: true });
});

test('the outbox records every attempt with its result', async () => {
  const box = cloud.outbox();
  expect(box.length).toBeGreaterThanOrEqual(14);
  const codes = new Set(box.map((e) => e.errCode));
  for (const c of [0, 43101, 40003, 40037, 41030, 47003, -604101]) expect(codes.has(c)).toBe(true);
  const ok = box.find((e) => e.errCode === 0);
  expect(ok).toMatchObject({
    fn: 'notify',
    touser: ALICE,
    templateId: tpl.id,
    page: PAGE,
    data: goodData,
    miniprogramState: 'formal',
    lang: 'zh_CN',
  });
  expect(Date.parse(ok?.time ?? '')).not.toBeNaN();
  const http = (await (await fetch(`${cloud.url}/outbox`)).json()) as unknown[];
  expect(http).toHaveLength(box.length);
});

test('POST /subscribe grants credits like wx.requestSubscribeMessage results', async () => {
  const u = testOpenid('http-user');
  const res = await fetch(`${cloud.url}/subscribe`, {
    method: 'POST',
    body: JSON.stringify({
      openid: u,
      results: { [tpl.id]: 'accept', [deployConfig.templates.deadlineReminder.id]: 'reject' },
    }),
  });
  expect(res.status).toBe(200);
  expect(cloud.credits(u, tpl.id)).toBe(1);
  expect(cloud.credits(u, deployConfig.templates.deadlineReminder.id)).toBe(0);
});

describe('keyword value rules', () => {
  const cases: Array<[keyof typeof KEYWORD_RULES, string[], string[]]> = [
    ['thing', ['申诉', 'a'.repeat(20), '微信支付 ¥100'], ['a'.repeat(21), '']],
    ['number', ['12', '3.14', '1'.repeat(32)], ['1'.repeat(33), '12a', '-', '1,000']],
    ['letter', ['abc', 'A'.repeat(32)], ['ab1', 'A'.repeat(33), '中']],
    ['symbol', ['%', '!@#$%'], ['!@#$%^', 'a']],
    ['character_string', ['SN-2019_01', 'a'.repeat(32)], ['a'.repeat(33), '中文', 'a b']],
    [
      'time',
      ['15:01', '2019年10月1日 15:01', '15:01~16:30', '2019-10-01 09:00 ~ 2019-10-01 18:00'],
      ['25:00', '3pm', '2019年13月1日 15:01', '15:01~'],
    ],
    [
      'date',
      ['2019年10月1日', '2019-10-01', '2019年10月1日 15:01', '2019-10-01~2019-10-07'],
      ['2019年2月30日', '10月1日', '2019-10', 'tomorrow'],
    ],
    ['amount', ['¥100', '￥99.50', '100元', '$1234567890'], ['100', '¥12345678901', 'RMB100']],
    ['phone_number', ['13800138000', '+86-10-12345678', '(010) 1234'], ['1'.repeat(18), 'phone']],
    ['car_number', ['粤A12345', '粤B1234学'], ['粤A1234567', '粤A12-45']],
    ['name', ['张三', '买买提·艾力', 'John Smith'], ['张三John', '张'.repeat(11), 'J'.repeat(21)]],
    ['phrase', ['审核中', '已通过'], ['审核中中中中', 'ok', '审核 中']],
  ];
  test.each(cases)('%s', (type, good, bad) => {
    for (const v of good) expect([type, v, KEYWORD_RULES[type].test(v)]).toEqual([type, v, true]);
    for (const v of bad) expect([type, v, KEYWORD_RULES[type].test(v)]).toEqual([type, v, false]);
  });

  test('checkTemplateData names the field', () => {
    expect(checkTemplateData(tpl.keywords, { ...goodData, date3: { value: 'soon' } })).toEqual({
      key: 'date3',
      errmsg: expect.stringContaining('data.date3.value invalid'),
    });
    expect(checkTemplateData(tpl.keywords, goodData)).toBeNull();
    expect(checkTemplateData(tpl.keywords, { ...goodData, thing1: { value: 5 } })?.key).toBe('thing1');
  });
});
