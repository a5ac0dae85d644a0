/** Open data changes when someone records or publishes something; a few minutes' staleness is fine for a download. */
export const OPEN_DATA_CACHE_CONTROL = 'public, max-age=300';
