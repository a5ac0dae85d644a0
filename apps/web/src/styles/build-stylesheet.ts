import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { projectRoot } from '@app/shared';
import { BUILT_STYLESHEET, compileStylesheet } from './stylesheet';

/** Run by `npm run build` after tsc: compiles the Sass into dist, where the built web app reads it. */
function main(): void {
  const started = Date.now();
  const css = compileStylesheet();
  mkdirSync(dirname(BUILT_STYLESHEET), { recursive: true });
  writeFileSync(BUILT_STYLESHEET, css);
  const size = `${Math.round(Buffer.byteLength(css) / 1024)} KiB`;
  console.log(`Stylesheet ${relative(projectRoot(), BUILT_STYLESHEET)}: ${size} in ${Date.now() - started} ms`);
}

main();
