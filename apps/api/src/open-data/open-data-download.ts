import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';

/** Open data changes when someone records or publishes something; a few minutes' staleness is fine for a download. */
export const OPEN_DATA_CACHE_CONTROL = 'public, max-age=300';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * An attachment sent as it is produced: Nest pipes the stream with backpressure, so a slow client
 * holds back the database reads instead of filling memory.
 */
export function download(chunks: AsyncIterable<string>, type: string, filename: string): StreamableFile {
  return new StreamableFile(Readable.from(chunks), { type, disposition: `attachment; filename="${filename}"` });
}
