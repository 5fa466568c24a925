// ESLint flat config: Vue + TypeScript recommended rules, zero warnings allowed (`npm run lint`).
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.vite-ssg-temp', 'test-results', 'playwright-report', 'bench-results'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // data is shown as text, never as HTML
      'vue/no-v-html': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multi-word-component-names': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['echarts', 'echarts/*', 'vue-echarts'], message: 'Only src/charts/ and components/chart/EChartView.vue touch ECharts.' }],
      }],
    },
  },
  {
    files: ['src/charts/**/*.ts', 'src/components/chart/EChartView.vue', 'tests/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
