/** Debian's Chromium, launched the way this project's machines need it. */
import process from 'node:process'
import type { LaunchOptions } from '@playwright/test'

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium'

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const launchOptions: LaunchOptions = { executablePath: CHROME_PATH, args: CHROME_ARGS }
