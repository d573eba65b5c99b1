import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { buildEnvironment } from '../tools/environment.ts';

/**
 * Runs one of the project's commands with `env` added to this process's environment; its stdout and stderr
 * together, without the colours a terminal or a CI's FORCE_COLOR adds to Astro's log.
 */
export function run(command: string[], env: Record<string, string>, timeoutMs?: number) {
  const [program = '', ...args] = command;
  const result = spawnSync(program, args, {
    encoding: 'utf8',
    timeout: timeoutMs,
    env: buildEnvironment({ ASTRO_TELEMETRY_DISABLED: '1', ...env }),
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}
