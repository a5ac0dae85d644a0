import type { Request } from 'express';
import { isSameOriginRequest } from './same-origin-request';

function requestWith(headers: Record<string, string>): Request {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { protocol: 'http', get: (name: string) => lower[name.toLowerCase()] } as unknown as Request;
}

const PUBLIC = 'https://buy.example.org';

describe('isSameOriginRequest', () => {
  it("trusts the browser's Sec-Fetch-Site above all", () => {
    expect(isSameOriginRequest(requestWith({ 'Sec-Fetch-Site': 'same-origin', Host: 'buy.example.org' }), PUBLIC)).toBe(true);
    expect(isSameOriginRequest(requestWith({ 'Sec-Fetch-Site': 'same-site', Origin: PUBLIC }), PUBLIC)).toBe(false);
    expect(isSameOriginRequest(requestWith({ 'Sec-Fetch-Site': 'cross-site' }), PUBLIC)).toBe(false);
  });

  it('falls back to Origin: the public address or the host the request was sent to', () => {
    expect(isSameOriginRequest(requestWith({ Origin: PUBLIC, Host: 'internal:3000' }), PUBLIC)).toBe(true);
    expect(isSameOriginRequest(requestWith({ Origin: 'http://127.0.0.1:4000', Host: '127.0.0.1:4000' }), PUBLIC)).toBe(true);
    expect(isSameOriginRequest(requestWith({ Origin: 'https://council.example.org', Host: 'buy.example.org' }), PUBLIC)).toBe(false);
    expect(isSameOriginRequest(requestWith({ Origin: 'null', Host: 'buy.example.org' }), PUBLIC)).toBe(false);
  });

  it('refuses a request that says nothing about where it came from', () => {
    expect(isSameOriginRequest(requestWith({ Host: 'buy.example.org' }), PUBLIC)).toBe(false);
  });
});
