import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { dataPlugin } from './src/data/vitePlugin'

export default defineConfig({
  // the tiny fixture dataset as virtual:data, for the store
  plugins: [vue(), dataPlugin({ dir: 'tests/fixtures/data', builtAt: '2024-03-01T00:00:00.000Z' })],
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
})
