/**
 * Metadata key for a route or controller that answers signed-out callers. The API's @Public() and
 * the operational endpoints in libs/platform (health, metrics) both set it; the auth guards read it.
 * A plain string, so setting it needs no import from any app.
 */
export const PUBLIC_ROUTE = 'isPublic';
