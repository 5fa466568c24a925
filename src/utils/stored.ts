/**
 * A choice kept on this device, read as the preferences store (src/stores/preferences.ts) reads
 * it: JSON, or nothing when there is none or it is not JSON. The boot script reads the stored
 * language, theme and reading size through this before the app starts, so both agree.
 * This module imports nothing: the boot script is bundled with it.
 */
export function storedJson(raw: string | null): unknown {
  try {
    return raw === null ? undefined : JSON.parse(raw)
  }
  catch {
    return undefined
  }
}
