import { dirname, join } from 'node:path';
import { resourcePath } from '@app/shared';

/**
 * govuk-frontend's dist folder, found through Node's resolution so it is the same package whether
 * the app runs from src (jest) or dist (built). Its templates, macros and assets are used in place.
 */
export const GOVUK_FRONTEND_DIST = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');

/** The service's own templates; tsc does not copy .njk files, so they are always read from source. */
export const VIEWS_DIR = resourcePath('apps/web/src/views');
