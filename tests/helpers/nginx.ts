/**
 * Debian's nginx serving a build with docs/nginx.conf itself, so the deployment the README
 * documents is the one the tests drive. Run as a script it serves dist/ in the foreground
 * (Playwright's second web server): `tsx tests/helpers/nginx.ts [port] [root]`.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
export const DOCS_CONF = fileURLToPath(new URL('../../docs/nginx.conf', import.meta.url))

/** docs/nginx.conf with its root and port set: the two lines a host edits, and nothing else. */
export function siteConfig(root: string, port: number): string {
  const conf = readFileSync(DOCS_CONF, 'utf8')
  const set = conf.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root \S+;$/m, `$1root ${root};`)
  if (set.split('\n').filter((line, i) => line !== conf.split('\n')[i]).length !== 2)
    throw new Error(`${DOCS_CONF} no longer has one "listen 80;" and one "root …;" line to set`)
  return set
}

/** A whole nginx.conf around the site, with every file nginx writes in `dir`, so it runs unprivileged beside anything else. */
export function mainConfig(dir: string): string {
  return `daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? 'user root; # else the workers run as nobody, who may not read the build' : ''}
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`
}

/** Starts nginx in the foreground on a build folder; its temporary folder goes when it exits. */
export function startNginx(root: string, port: number): ChildProcess {
  const dir = mkdtempSync(join(tmpdir(), 'district-brief-nginx-'))
  writeFileSync(join(dir, 'site.conf'), siteConfig(resolve(root), port))
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir))
  const child = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] })
  child.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  return child
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [port = '4174', root = 'dist'] = process.argv.slice(2)
  const nginx = startNginx(root, Number(port))
  // Playwright stops this script; nginx stops with it (QUIT: finish the requests under way)
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => nginx.kill('SIGQUIT'))
  nginx.once('exit', code => process.exit(code ?? 0))
}
