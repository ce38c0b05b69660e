import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import fs from 'node:fs';
import path from 'node:path';

/**
 * WeChat resolves a relative require() to a file only: `require('./catalog')` never reaches
 * `catalog/index.js`, and the upload's dependency analysis drops what it did not reach. Name the file.
 */
const noDirectoryImport = {
  meta: {
    type: 'problem',
    messages: {
      directory: "'{{spec}}' is a folder: WeChat does not look for index.js in it, import '{{spec}}/index'",
    },
    schema: [],
  },
  create(context) {
    const check = (node) => {
      const spec = node && node.type === 'Literal' ? node.value : undefined;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), spec);
      const isFile = ['', '.ts', '.js', '.json'].some((ext) => {
        try {
          return fs.statSync(target + ext).isFile();
        } catch {
          return false;
        }
      });
      if (!isFile && fs.existsSync(target) && fs.statSync(target).isDirectory()) {
        context.report({ node, messageId: 'directory', data: { spec } });
      }
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
      CallExpression: (n) => {
        if (n.callee.type === 'Identifier' && n.callee.name === 'require') check(n.arguments[0]);
      },
    };
  },
};

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
    plugins: { local: { rules: { 'no-directory-import': noDirectoryImport } } },
    rules: {
      'local/no-directory-import': 'error',
      // The domain's barrel is for tests and cloud functions: a page importing it would carry every domain
      // module into its package.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/domain/index'], message: 'Import the domain module you use, not the barrel.' },
          ],
        },
      ],
    },
  },
  {
    // Domain code is pure: no wx.*, no storage, no cloud (also a subpackage's own domain/ folder).
    files: ['miniprogram/domain/**/*.ts', 'miniprogram/pages/*/domain/**/*.ts', 'cloudfunctions/**/*.ts'],
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
