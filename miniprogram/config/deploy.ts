/**
 * The one deployment configuration file of 申诉向导.
 *
 * Everything that differs between your WeChat account and ours lives here and nowhere else:
 * the cloud environment id and the subscription-message templates you picked in the admin console
 * (小程序管理后台 → 订阅消息). The mini program and the cloud functions both read this file (the cloud
 * functions get it bundled in at build time, so re-run `npm run build` and redeploy after editing).
 *
 * The local cloud and the browser preview accept exactly these template ids, so a typo shows up
 * locally as error 40037, as it would in production.
 */

/** Keyword value types of subscription-message templates (see tools/cloud for the rules each obeys). */
export type TemplateKeywordType =
  | 'thing'
  | 'number'
  | 'letter'
  | 'symbol'
  | 'character_string'
  | 'time'
  | 'date'
  | 'amount'
  | 'phone_number'
  | 'car_number'
  | 'name'
  | 'phrase';

export interface TemplateKeyword {
  /** Keyword key as shown in the console, e.g. `thing1`. */
  readonly key: string;
  readonly type: TemplateKeywordType;
  /** What we put in it, for humans reading this file. */
  readonly meaning: string;
}

export interface SubscriptionTemplate {
  readonly id: string;
  readonly title: string;
  /** Page opened when the person taps the message (must exist in the released app). */
  readonly page: string;
  readonly keywords: readonly TemplateKeyword[];
}

export const deployConfig = {
  /** Cloud environment id (云开发控制台 → 环境 ID); `npm run deploy` and `npm run release` refuse until it is yours. */
  cloudEnv: 'replace-me-env-id',
  /** `developer` | `trial` | `formal`: which version of the app a message opens. */
  miniprogramState: 'formal',
  templates: {
    /** 进度更新通知: sent when an appeal's status changes. */
    progressUpdate: {
      id: 'TPL_PROGRESS_UPDATE_replace_me_in_console',
      title: '申诉进度通知',
      page: 'pages/appeal/detail/index',
      keywords: [
        { key: 'thing1', type: 'thing', meaning: '申诉事项' },
        { key: 'phrase2', type: 'phrase', meaning: '当前状态' },
        { key: 'date3', type: 'date', meaning: '更新时间' },
        { key: 'thing4', type: 'thing', meaning: '下一步' },
      ],
    },
    /** 到期提醒: sent when an appeal's follow-up date passes without news. */
    deadlineReminder: {
      id: 'TPL_DEADLINE_REMINDER_replace_me_in_console',
      title: '申诉跟进提醒',
      page: 'pages/appeal/detail/index',
      keywords: [
        { key: 'thing1', type: 'thing', meaning: '申诉事项' },
        { key: 'date2', type: 'date', meaning: '应答复日期' },
        { key: 'thing3', type: 'thing', meaning: '建议' },
      ],
    },
  },
} as const satisfies {
  cloudEnv: string;
  miniprogramState: 'developer' | 'trial' | 'formal';
  templates: Record<string, SubscriptionTemplate>;
};

export type TemplateName = keyof typeof deployConfig.templates;
