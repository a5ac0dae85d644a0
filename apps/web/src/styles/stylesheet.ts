import { existsSync, readFileSync } from 'node:fs';
import { projectRoot, resourcePath } from '@app/shared';
import type * as Sass from 'sass';

/** govuk-frontend's Sass with the service's settings and components (never served itself). */
export const STYLESHEET_SOURCE = resourcePath('apps/web/assets/scss/application.scss');
/** Written by `npm run build`, so a built app serves it and production needs no Sass compiler. */
export const BUILT_STYLESHEET = resourcePath('dist/apps/web/assets/application.css');

/** About a second and a half on a laptop (govuk-frontend is most of it). */
export function compileStylesheet(): string {
  let sass: typeof Sass;
  try {
    // sass is a devDependency: loaded only to compile, never by a built app that has its stylesheet.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sass = require('sass') as typeof Sass;
  } catch {
    throw new Error(`The stylesheet has not been built (${BUILT_STYLESHEET} is missing): run npm run build`);
  }
  const importer = new sass.NodePackageImporter(projectRoot());
  return sass.compile(STYLESHEET_SOURCE, { importers: [importer], style: 'compressed', quietDeps: true }).css;
}

/**
 * The built stylesheet when the app runs from dist. Running from source (jest), it is compiled here
 * instead, because a file left in dist by an earlier build may be older than the Sass.
 */
export function loadStylesheet(): string {
  const fromSource = __filename.endsWith('.ts');
  if (!fromSource && existsSync(BUILT_STYLESHEET)) return readFileSync(BUILT_STYLESHEET, 'utf8');
  return compileStylesheet();
}
