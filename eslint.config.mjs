import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Mini program globals (the WeChat runtime), for miniprogram/ only. */
const wxGlobals = {
  wx: 'readonly',
  App: 'readonly',
  Page: 'readonly',
  Component: 'readonly',
  Behavior: 'readonly',
  getApp: 'readonly',
  getCurrentPages: 'readonly',
  requirePlugin: 'readonly',
};

export default tseslint.config(
  {
    ignores: [
      // Generated, vendored or scratch: build output, packed npm (also the build fixtures' fake one), local data.
      'node_modules/**',
      'dist/**',
      '.data/**',
      '.tmp/**',
      'coverage/**',
      'test-results/**',
      '**/miniprogram_npm/**',
      'cloudfunctions/*/index.js',
      'cloudfunctions/*/node_modules/**',
      '**/*.wxs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      complexity: ['error', 12],
    },
  },
  {
    files: ['miniprogram/**/*.ts'],
    languageOptions: { globals: { ...wxGlobals } },
  },
  {
    // Domain code is pure: no wx.*, no storage, no cloud.
    files: ['miniprogram/domain/**/*.ts', 'cloudfunctions/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'wx', 'getApp', 'getCurrentPages'] },
  },
  {
    files: ['tools/**/*.{ts,js,mjs}', 'test/**/*.ts', 'cloudfunctions/**/*.ts', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ['*.js', 'tools/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
