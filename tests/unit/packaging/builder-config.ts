/** electron-builder.yml, read the way electron-builder reads it, and checked against its schema. */
import { Ajv, type ErrorObject } from 'ajv';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..', '..');

export function readBuilderConfig(path = join(projectRoot, 'electron-builder.yml')): Record<string, unknown> {
  return load(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

const require = createRequire(import.meta.url);
const schema = require('app-builder-lib/scheme.json') as object;
// The schema uses a few annotation keywords ajv does not know: not strict, all errors.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

/** Schema errors as readable lines ("/linux/target/0: must be equal to one of ..."); [] when valid. */
export function builderConfigErrors(config: unknown): string[] {
  if (validate(config)) return [];
  const errors = validate.errors ?? [];
  // Drop anyOf's summary lines ("must match a schema in anyOf", "must be null") where a more
  // precise error names the same place or a deeper one.
  const isSummary = (error: ErrorObject) =>
    error.keyword === 'anyOf' || (error.keyword === 'type' && (error.params as { type?: string }).type === 'null');
  const precise = (error: ErrorObject) =>
    !isSummary(error) || !errors.some((other) => !isSummary(other) && other.instancePath.startsWith(error.instancePath));
  const lines = errors.filter(precise).map((error: ErrorObject) => {
    const where = error.instancePath || '(top level)';
    const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
    if (params.additionalProperty) return `${where}: unknown option "${params.additionalProperty}"`;
    if (params.allowedValues) return `${where}: ${error.message} ${JSON.stringify(params.allowedValues)}`;
    return `${where}: ${error.message}`;
  });
  return [...new Set(lines)];
}
