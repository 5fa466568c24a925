import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'

const ROUTES = ['/', '/d/410703', '/d/410811', '/d/410702/report', '/compare?d=410703,410702', '/m', '/m/gdp', '/about', '/no/such/page', '/en/d/410702']

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })
    for (const path of ROUTES) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await open(page, path)
        const { violations } = await new AxeBuilder({ page }).analyze()
        expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([])
      })
    }
  })
}
