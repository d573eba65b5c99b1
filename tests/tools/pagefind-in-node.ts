// Pagefind's own search runtime (the bundle's `pagefind.js` and its WebAssembly) run in Node, reading a bundle from
// disk: tests compare indexes with the very code browsers search them with, without a browser or a server.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
}
export interface NodePagefind {
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const ORIGIN = 'http://bundle.invalid';
const folders: string[] = [];
const realFetch = globalThis.fetch;

/** Files under `${ORIGIN}/<n>/` are read from the n-th bundle's folder; anything else is fetched as usual. */
async function fetchBundleFile(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), `${ORIGIN}/`);
  if (url.origin !== ORIGIN) return realFetch(input, init);
  const [, number, ...path] = decodeURIComponent(url.pathname).split('/');
  const bytes = await readFile(join(folders[Number(number)]!, ...path));
  const type = /\.(pagefind|wasm)$/.test(url.pathname) ? 'application/wasm' : 'application/octet-stream';
  return new Response(bytes, { headers: { 'content-type': type } });
}

export async function pagefindInNode(bundleDir: string): Promise<NodePagefind> {
  globalThis.fetch = fetchBundleFile as typeof fetch;
  folders.push(bundleDir);
  // Imported as source: a `.js` file outside any package is CommonJS to Node, which test runners' loaders trip on.
  const source = `${await readFile(join(bundleDir, 'pagefind.js'), 'utf8')}\n// bundle ${folders.length - 1}`;
  const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as {
    createInstance(options: Record<string, unknown>): NodePagefind;
  };
  return module.createInstance({ basePath: `${ORIGIN}/${folders.length - 1}/` });
}
