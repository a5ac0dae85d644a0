import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * An attachment sent as it is produced, for the open data downloads of both the API and the web
 * service: Nest pipes the stream with backpressure, so a slow client holds back the database reads
 * instead of filling memory, and a client that goes away stops them.
 */
export function streamedDownload(chunks: AsyncIterable<string>, type: string, filename: string): StreamableFile {
  return new StreamableFile(Readable.from(chunks), { type, disposition: `attachment; filename="${filename}"` });
}
