/** Real openids: 28 characters, `o` + 27 of [A-Za-z0-9_-]. */
export const OPENID_PATTERN = /^o[A-Za-z0-9_-]{27}$/;
