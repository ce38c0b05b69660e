/**
 * WeChat's rules for subscription messages (订阅消息), judged independently of the app, which builds its requests
 * and values by construction:
 * - `requestRefusal`: when `wx.requestSubscribeMessage` fails on the phone. Both wx fakes apply it: the browser
 *   preview (tools/preview/runtime/wx.ts) and the page-test device (test/pages/device.ts).
 * - `checkTemplateData`: the keyword values (参数值内容限制) the local cloud's `subscribeMessage.send` accepts.
 *   Lengths count Unicode code points. Every value must be a non-empty string.
 */
import type { TemplateKeywordType } from '../../miniprogram/config/deploy';

const HAN = '\\p{Script=Han}';
const han = (min: number, max: number, extra = '') => new RegExp(`^[${HAN}${extra}]{${min},${max}}$`, 'u');

const len = (s: string) => [...s].length;
const digits = (s: string) => (s.match(/\d/g) ?? []).length;

const HH_MM = '(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?';
const YMD_CN = '(\\d{4})年(\\d{1,2})月(\\d{1,2})日';
const YMD_DASH = '(\\d{4})-(\\d{1,2})-(\\d{1,2})';
const YMD_SLASH = '(\\d{4})/(\\d{1,2})/(\\d{1,2})';

function validYmd(y: string, m: string, d: string): boolean {
  const yy = Number(y);
  const mm = Number(m);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1) return false;
  return dd <= new Date(Date.UTC(yy, mm, 0)).getUTCDate();
}

/** `2019年10月1日`, `2019-10-01` or `2019/10/01`, validated as a calendar date. */
function matchDate(s: string): boolean {
  for (const re of [YMD_CN, YMD_DASH, YMD_SLASH]) {
    const m = new RegExp(`^${re}$`).exec(s);
    if (m) return validYmd(m[1] as string, m[2] as string, m[3] as string);
  }
  return false;
}

/** One point of a `time` value: `15:01` or a date then a time. */
function timePoint(s: string): boolean {
  if (new RegExp(`^${HH_MM}$`).test(s)) return true;
  const m = new RegExp(`^(.+?)\\s*(${HH_MM})$`).exec(s);
  return m !== null && matchDate((m[1] as string).trim());
}

/** One point of a `date` value: a date, optionally followed by a time. */
function datePoint(s: string): boolean {
  if (matchDate(s)) return true;
  const m = new RegExp(`^(.+?)\\s+(${HH_MM})$`).exec(s) ?? new RegExp(`^(.+日)(${HH_MM})$`).exec(s);
  return m !== null && matchDate((m[1] as string).trim());
}

function range(s: string, point: (p: string) => boolean): boolean {
  const parts = s.split('~').map((p) => p.trim());
  return parts.length <= 2 && parts.every((p) => p.length > 0 && point(p));
}

export const KEYWORD_RULES: Readonly<
  Record<TemplateKeywordType, { readonly rule: string; readonly test: (v: string) => boolean }>
> = {
  thing: { rule: '20个以内字符', test: (v) => len(v) >= 1 && len(v) <= 20 },
  number: { rule: '32位以内数字，可带小数', test: (v) => /^\d+(\.\d+)?$/.test(v) && digits(v) <= 32 },
  letter: { rule: '32位以内字母', test: (v) => /^[A-Za-z]{1,32}$/.test(v) },
  symbol: { rule: '5位以内符号', test: (v) => /^[^\p{L}\p{N}\s]{1,5}$/u.test(v) },
  character_string: { rule: '32位以内数字、字母或符号', test: (v) => /^[\x21-\x7e]{1,32}$/.test(v) },
  time: { rule: '24小时制时间（可带年月日），时间段用~连接', test: (v) => range(v, timePoint) },
  date: { rule: '年月日（可带24小时制时间），时间段用~连接', test: (v) => range(v, datePoint) },
  amount: {
    rule: '1个币种符号+10位以内纯数字，可带小数，结尾可带“元”',
    test: (v) => {
      const m = /^([¥￥$€£])?(\d+(?:\.\d+)?)(元)?$/.exec(v);
      return m !== null && (m[1] !== undefined || m[3] !== undefined) && digits(m[2] as string) <= 10;
    },
  },
  phone_number: { rule: '17位以内数字、符号', test: (v) => /^[\d+\-() ]{1,17}$/.test(v) && /\d/.test(v) },
  car_number: {
    rule: '8位以内，第一位与最后一位可为汉字，其余为字母或数字',
    test: (v) => len(v) <= 8 && new RegExp(`^[${HAN}A-Za-z0-9][A-Za-z0-9]*[${HAN}A-Za-z0-9]?$`, 'u').test(v),
  },
  name: {
    rule: '10个以内纯汉字或20个以内纯字母或符号',
    test: (v) => han(1, 10, '·').test(v) || (/^[\x20-\x7e]{1,20}$/.test(v) && /[A-Za-z]/.test(v)),
  },
  phrase: { rule: '5个以内纯汉字', test: (v) => han(1, 5).test(v) },
};

export interface KeywordProblem {
  readonly key: string;
  readonly errmsg: string;
}

function valueOf(entry: unknown): unknown {
  return entry && typeof entry === 'object' ? (entry as { value?: unknown }).value : undefined;
}

/**
 * Check `data` ({ key: { value } }) against a template's keywords; returns the first problem (47003) or null.
 */
export function checkTemplateData(
  keywords: ReadonlyArray<{ readonly key: string; readonly type: TemplateKeywordType }>,
  data: unknown,
): KeywordProblem | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { key: 'data', errmsg: 'argument invalid! data is empty' };
  }
  const given = data as Record<string, unknown>;
  const unknownKey = Object.keys(given).find((key) => !keywords.some((k) => k.key === key));
  if (unknownKey !== undefined) {
    return {
      key: unknownKey,
      errmsg: `argument invalid! data.${unknownKey} is not a keyword of the template`,
    };
  }
  for (const { key, type } of keywords) {
    const value = valueOf(given[key]);
    if (value === undefined || value === null || value === '') {
      return { key, errmsg: `argument invalid! data.${key}.value is empty` };
    }
    if (typeof value !== 'string' || !KEYWORD_RULES[type].test(value)) {
      return {
        key,
        errmsg: `argument invalid! data.${key}.value invalid (${type}: ${KEYWORD_RULES[type].rule})`,
      };
    }
  }
  return null;
}

/** At most this many template ids in one `wx.requestSubscribeMessage` (newer docs say 5; 3 is what all accept). */
export const MAX_TEMPLATES_PER_REQUEST = 3;

export interface SubscribeRequest {
  readonly tmplIds: readonly string[];
  /** Called synchronously inside a tap handler whose click state nobody used yet. */
  readonly tapped: boolean;
  /** Whether a template id exists for this mini program. */
  readonly known: (templateId: string) => boolean;
  /** The person switched subscription messages off (settings → 订阅消息). */
  readonly switchedOff?: boolean;
}

export interface WxRefusal {
  readonly errCode: number;
  /** Without the `requestSubscribeMessage:fail ` prefix. */
  readonly reason: string;
}

/** Why WeChat refuses the request (in the order it checks), or null when it shows the prompt. */
export function requestRefusal(r: SubscribeRequest): WxRefusal | null {
  if (!r.tapped) return { errCode: 10005, reason: 'can only be invoked by user TAP gesture.' };
  if (r.tmplIds.length === 0) return { errCode: 10001, reason: 'parameter error: tmplIds is empty' };
  if (r.tmplIds.length > MAX_TEMPLATES_PER_REQUEST)
    return { errCode: 20003, reason: 'Templates count out of max bounds' };
  if (r.switchedOff) return { errCode: 20004, reason: 'The main switch is switched off' };
  const unknown = r.tmplIds.filter((id) => !r.known(id));
  if (unknown.length)
    return {
      errCode: 20001,
      reason: `No template data return, verify the template id exist: ${unknown.join(',')}`,
    };
  return null;
}
