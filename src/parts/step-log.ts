// The lines a step of a build in parts prints, named by the step.

export const stepLog =
  (step: string) =>
  (line: string): void =>
    console.log(`[${step}] ${line}`);
