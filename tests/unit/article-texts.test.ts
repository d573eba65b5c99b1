import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderTexts, memoryTexts, textDigest, withText } from '../../src/lib/article-texts.ts';

describe('article texts', () => {
  it('name a text by its content: the same paragraphs the same digest, any change another', () => {
    expect(textDigest(['أ', 'ب'])).toBe(textDigest(['أ', 'ب']));
    expect(new Set([textDigest(['أ', 'ب']), textDigest(['أب']), textDigest(['ب', 'أ']), textDigest(['أ', 'ب '])]).size).toBe(4);
    expect(textDigest(['أ'])).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    ['in memory', () => memoryTexts()],
    ['in a folder', () => folderTexts(join(mkdtempSync(join(tmpdir(), 'arshif-texts-')), 'texts'))],
  ])('give back what was put, %s', (_where, make) => {
    const texts = make();
    const paragraphs = ['فقرة "أولى" </p>', 'ثانية\u00a0'];
    const digest = texts.put(paragraphs);
    expect(texts.has(digest)).toBe(true);
    expect(texts.get(digest)).toEqual(paragraphs);
    expect(withText(texts, { id: 'x', title: 't', category: 'c', date: '2018-05-20', textDigest: digest }).paragraphs).toEqual(paragraphs);
    expect(texts.has(textDigest(['غيرها']))).toBe(false);
    expect(() => texts.get(textDigest(['غيرها']))).toThrow(textDigest(['غيرها']));
  });

  it('in a folder, prune every text not kept and what an interrupted write left', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'arshif-texts-')), 'texts');
    const texts = folderTexts(dir);
    const [kept, dropped] = [texts.put(['أ']), texts.put(['ب'])];
    writeFileSync(join(dir, kept.slice(0, 2), `${kept}.json.123.tmp`), '[');
    expect(texts.prune(new Set([kept]))).toBe(2);
    expect(texts.has(kept)).toBe(true);
    expect(texts.has(dropped)).toBe(false);
    expect(readdirSync(join(dir, kept.slice(0, 2)))).toEqual([`${kept}.json`]);
    expect(folderTexts(join(dir, 'missing')).prune(new Set())).toBe(0);
    // Another build's view of the folder: what it lists, and what it puts after listing.
    const later = folderTexts(dir);
    expect(later.has(kept)).toBe(true);
    const added = later.put(['ج']);
    expect(later.has(added)).toBe(true);
    expect(later.prune(new Set([added]))).toBe(1);
    expect(folderTexts(dir).has(kept)).toBe(false);
  });
});
