// @ts-check
// Lint for the whole repository. The SPA gets angular-eslint (incl. template accessibility) and
// @ngrx rules; every folder gets import-boundary rules from docs/adr/0004 (imports point downward).
import eslint from '@eslint/js';
import ngrx from '@ngrx/eslint-plugin/v9';
import angular from 'angular-eslint';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** `no-restricted-imports` with one message per forbidden group. */
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const NO_SERVER = [['**/server/**', '../server/*'], 'The SPA never imports server code; share types through @koers/contracts.'];
const NO_STORE = [['@ngrx/*'], 'Presentational components never know the Store exists: inputs in, outputs out.'];
const NO_HTTP = [['@angular/common/http'], 'Only data/ services call HttpClient.'];
const NO_FEATURES = [['**/features/**'], 'Features depend on core and shared, never the other way round.'];
const NO_PAGES = [['**/pages/**', '../pages/*'], 'Only routes import pages.'];
const NO_OTHER_FEATURE = [['../../*/**', '!../../../**'], 'A feature does not import another feature; move shared parts to shared/ or core/.'];

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', '.angular/', 'coverage/', 'test-results/', 'playwright-report/', 'e2e/.output/', 'data/', 'out-tsc/'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [eslint.configs.recommended, tseslint.configs.recommended],
  },
  {
    // Plain JavaScript (configs, scripts/) runs on Node; TypeScript files get globals from their tsconfig.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'AbortController', 'fetch'].map(
          (name) => [name, 'readonly'],
        ),
      ),
    },
  },

  // SPA
  {
    files: ['src/**/*.ts'],
    extends: [angular.configs.tsRecommended, ngrx.configs.store, ngrx.configs.effects],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'app', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'app', style: 'kebab-case' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
      ...forbid(NO_SERVER),
    },
  },
  {
    files: ['src/**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
  },
  { files: ['src/app/core/**/*.ts'], rules: forbid(NO_SERVER, NO_FEATURES) },
  { files: ['src/app/shared/**/*.ts'], rules: forbid(NO_SERVER, NO_FEATURES, NO_STORE, NO_HTTP) },
  { files: ['src/app/features/*/ui/**/*.ts'], rules: forbid(NO_SERVER, NO_STORE, NO_HTTP, NO_PAGES, NO_OTHER_FEATURE) },
  { files: ['src/app/features/*/data/**/*.ts'], rules: forbid(NO_SERVER, NO_STORE, NO_PAGES, NO_OTHER_FEATURE) },
  { files: ['src/app/features/*/state/**/*.ts'], rules: forbid(NO_SERVER, NO_HTTP, NO_PAGES, NO_OTHER_FEATURE) },
  { files: ['src/app/features/*/pages/**/*.ts'], rules: forbid(NO_SERVER, NO_HTTP, NO_OTHER_FEATURE) },
  // Specs may wire up what the code under test needs (HttpTestingController, MockStore, ...).
  { files: ['src/**/*.spec.ts'], rules: forbid(NO_SERVER) },

  // Shared contracts: plain types and schemas, no imports from the SPA, the server or npm packages.
  {
    files: ['contracts/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.{1,2}/)', message: 'contracts/ imports nothing but its own files.' }, { group: ['**/src/app/**', '**/server/**'], message: 'contracts/ must not depend on the SPA or the server.' }] },
      ],
    },
  },
  // The server never imports the SPA.
  {
    files: ['server/**/*.ts'],
    rules: forbid([['**/src/app/**'], 'The server never imports SPA code; share types through @koers/contracts.']),
  },
);
