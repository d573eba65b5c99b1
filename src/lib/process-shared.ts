// One value for the whole process. Astro loads the config's integrations, its logger and the content config as
// separate copies of our modules, so what they must share lives on the process's global object, under a name.

export function processShared<Value extends object>(name: string, initial: () => Value): Value {
  const global = globalThis as typeof globalThis & Record<symbol, Value | undefined>;
  return (global[Symbol.for(`arshif.${name}`)] ??= initial());
}
