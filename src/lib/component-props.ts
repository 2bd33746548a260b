/**
 * Props of components that editors put in MDX (charts, maps) are checked with
 * zod at build time: a wrong prop stops the build with the component, the prop
 * and what to write instead.
 */
import type { z } from 'astro/zod';
import { fieldPath } from './content/errors.ts';

export function checkedProps<S extends z.ZodType>(schema: S, props: unknown, component: string): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - ${fieldPath(issue.path) || '(props)'}: ${issue.message}`);
  throw new Error(`${component}: invalid props; fix them where the component is used:\n${problems.join('\n')}`);
}
