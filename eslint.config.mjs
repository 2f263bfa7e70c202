import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import coreLayers from './eslint-rules/coreLayers.mjs'

// Who may import what (house style B2): core stays free of UI, Electron and app layers; only
// core/storage may import dexie and only core/excel/xlsx may import exceljs (writing) and saxes
// (the XML tokenizer of the reader, decision 0011).
const coreBans = (...allowed) => [
  'error',
  {
    patterns: [
      {
        group: [
          'react',
          'react-dom',
          'react/*',
          'electron',
          '@electron-toolkit/*',
          'i18next',
          'react-i18next',
        ],
        message: 'core stays UI- and Electron-free',
      },
      {
        group: ['**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**'],
        message: 'core must not depend on an app layer',
      },
      {
        group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
        message: 'core is pure: no Node built-ins',
      },
      ...['dexie', 'exceljs', 'saxes']
        .filter((name) => !allowed.includes(name))
        .map((name) => ({
          group: [name, `${name}/*`],
          message: `only core/${name === 'dexie' ? 'storage' : 'excel/xlsx'} may import ${name}`,
        })),
    ],
  },
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // The one-way core: each folder of src/core imports only the folders before it (docs/architecture.md).
  {
    files: ['src/core/**/*.ts'],
    plugins: { 'core-layers': coreLayers },
    rules: { 'core-layers/one-way': 'error' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', 'exceljs', 'saxes'],
              message:
                'the renderer reaches the OS only through the platform bridge; exceljs and saxes only via core/excel/xlsx',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/**/*.test-prop.ts'],
    rules: { 'no-restricted-imports': coreBans() },
  },
  {
    files: ['src/core/storage/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': coreBans('dexie') },
  },
  {
    files: ['src/core/excel/xlsx/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': coreBans('exceljs', 'saxes') },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', 'dexie', 'exceljs', 'react', 'node:*'],
              message: 'sandboxed preload: electron + shared/ipc only',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', 'dexie', 'exceljs', 'react', 'electron', 'node:*'],
              message: 'the bridge contract has no runtime imports',
            },
          ],
        },
      ],
    },
  },
)
