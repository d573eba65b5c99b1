import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { type PageCounts, foldKeptPages, keptPagesIn } from '../../src/integrations/build-log.ts';

const info = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({ label, level: 'info', message, newLine });
const pageLine = (path: string) => info(null, `  \u001b[32m├─\u001b[39m \u001b[2m${path}\u001b[22m`, false);

function logged(messages: readonly AstroLoggerMessage[], counts: PageCounts = { rendered: 0, kept: 0 }): string {
  const written: AstroLoggerMessage[] = [];
  const destination = foldKeptPages({ write: (message) => written.push(message) }, counts);
  for (const message of messages) destination.write(message);
  return written.map((message) => message.message + (message.newLine ? '\n' : '')).join('');
}

describe('the build log', () => {
  it('counts the pages kept from the last build instead of listing them, and lists the rendered ones', () => {
    const counts = { rendered: 0, kept: 0 };
    const output = logged([
      info('SKIP_FORMAT', ' generating static routes '),
      pageLine('/articles/a/index.html'),
      info('SKIP_FORMAT', ' \u001b[32m(cached)\u001b[39m'),
      pageLine('/articles/b/index.html'),
      info('SKIP_FORMAT', ' (+12ms) '),
      pageLine('/articles/c/index.html'),
      info('SKIP_FORMAT', ' \u001b[32m(restored)\u001b[39m'),
      info(null, '✓ Completed in 1.2s.'),
      info('build', 'Complete!'),
    ], counts);
    expect(output).toBe(
      ' generating static routes \n' +
        '  \u001b[32m├─\u001b[39m \u001b[2m/articles/b/index.html\u001b[22m (+12ms) \n' +
        '  ├─ 2 pages kept from the last build\n' +
        '✓ Completed in 1.2s.\n' +
        'Complete!\n',
    );
    expect(keptPagesIn(output)).toBe(2);
    expect(counts).toEqual({ rendered: 1, kept: 2 }); // the build's figures (lib/build-stats.ts)
  });

  it('passes every other message through as it is, the line of a page rendered meanwhile included', () => {
    const messages = [pageLine('/a/index.html'), pageLine('/b/index.html'), info('SKIP_FORMAT', ' (+3ms) '), info('SKIP_FORMAT', ' (+4ms) '), { ...info('build', 'oops'), level: 'warn' as const }];
    const counts = { rendered: 0, kept: 0 };
    expect(logged(messages, counts)).toBe(messages.map((message) => message.message + (message.newLine ? '\n' : '')).join(''));
    expect(counts).toEqual({ rendered: 2, kept: 0 });
  });
});
