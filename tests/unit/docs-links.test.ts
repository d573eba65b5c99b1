// The README and the reference in docs/ link to each other and into the repository: every relative link must reach
// a file that exists, and a link to a section (`#…`) a heading of that file, as GitHub names it. Every setting the
// build reads is in the settings reference.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Link } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { SETTING_NAMES } from '../../src/settings.ts';

const documents = ['README.md', 'BENCHMARKS.md', ...readdirSync('docs').map((name) => join('docs', name))];

function parse(file: string) {
  const tree = fromMarkdown(readFileSync(file, 'utf8'));
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const links: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node as Heading)));
    if (node.type === 'link') links.push((node as Link).url);
  });
  return { anchors, links };
}

describe('the documentation', () => {
  it('links only to files and sections that exist', () => {
    const broken: string[] = [];
    for (const document of documents) {
      for (const link of parse(document).links) {
        if (/^[a-z]+:/i.test(link)) continue; // another site
        const [path = '', anchor] = link.split('#');
        const target = path === '' ? document : join(dirname(document), decodeURIComponent(path));
        if (!existsSync(target)) broken.push(`${document}: ${link} (no such file)`);
        else if (anchor !== undefined && target.endsWith('.md') && !parse(target).anchors.has(anchor)) {
          broken.push(`${document}: ${link} (no such section)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('has a README that reaches every page of the reference', () => {
    const linked = new Set(parse('README.md').links.map((link) => link.split('#')[0]));
    expect(readdirSync('docs').filter((name) => !linked.has(`docs/${name}`))).toEqual([]);
  });

  it('lists every setting in docs/settings.md', () => {
    const reference = readFileSync('docs/settings.md', 'utf8');
    expect(SETTING_NAMES.length).toBeGreaterThan(10);
    expect(SETTING_NAMES.filter((name) => !reference.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
