import { execFile, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import process from 'node:process'
import { promisify } from 'node:util'
import { lock } from 'proper-lockfile'

const run = promisify(execFile)

/** `npm start`'s server for one build folder (node itself, so that kill() stops the server). */
export async function serve(outDir: string, port: number, base = '/'): Promise<ChildProcess> {
  // another server on the port would answer for this one: its build's pages, not this build's
  if (await fetch(`http://localhost:${port}/`).then(() => true, () => false))
    throw new Error(`port ${port} is in use: two tests or a test and a bench serve on it`)
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

/**
 * A production build of the app with other settings (DATA_DIR, OUT_DIR, BASE_PATH, …), one at a
 * time: vite-ssg renders through a `.vite-ssg-temp` folder in the project, which each build empties
 * as it starts and ends, so two at once (two test workers) break each other. Its error says why.
 */
export async function build(env: Record<string, string>): Promise<void> {
  const release = await lock('.', { lockfilePath: '.vite-ssg-build.lock', stale: 30_000, retries: { retries: 900, factor: 1, minTimeout: 1000 } })
  try {
    await run(process.execPath, ['node_modules/vite-ssg/bin/vite-ssg.js', 'build'], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 })
  }
  finally {
    await release()
  }
}
