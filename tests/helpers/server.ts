import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import process from 'node:process'

/** `npm start`'s server for one build folder (node itself, so that kill() stops the server). */
export async function serve(outDir: string, port: number, base = '/'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir, '--base', base], { stdio: 'ignore' })
  return answering(child, `http://localhost:${port}${base}sw.js`)
}

/** A server process once `url` answers; the process is stopped if it never does. */
export async function answering(child: ChildProcess, url: string): Promise<ChildProcess> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok)
        return child
    }
    catch {}
    await new Promise(r => setTimeout(r, 200))
  }
  child.kill()
  throw new Error(`the server for ${url} did not start`)
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null)
      return resolve()
    child.once('exit', () => resolve())
    child.kill()
  })
}

/** A production build of the app with other settings (DATA_DIR, OUT_DIR, BASE_PATH, …). */
export function build(env: Record<string, string>) {
  execFileSync(process.execPath, ['node_modules/vite-ssg/bin/vite-ssg.js', 'build'], { env: { ...process.env, ...env }, stdio: 'ignore' })
}
