import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

/** The repository root (where package.json is), found from this file whether it runs from src or dist. */
export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  root = dir;
  return dir;
}

/** Reference data and templates ship in the repository, beside the library that owns them. */
export function resourcePath(...segments: string[]): string {
  return join(projectRoot(), ...segments);
}
