import { atClosingTime, closingJobId } from './closing-time';

describe('atClosingTime', () => {
  const closingAt = new Date('2030-03-31T12:00:00Z');
  const after = new Date('2030-03-31T12:00:01Z');

  it('closes an open opportunity once its closing time has come', () => {
    expect(atClosingTime({ status: 'open', closingAt }, closingAt, after)).toBe('close');
    expect(atClosingTime({ status: 'open', closingAt }, closingAt, closingAt)).toBe('close');
    expect(atClosingTime({ status: 'open', closingAt }, null, after)).toBe('close');
  });

  it.each(['closed', 'awarded', 'cancelled'] as const)('leaves a %s opportunity alone', (status) => {
    expect(atClosingTime({ status, closingAt }, closingAt, after)).toBe('not-open');
  });

  it('leaves it to the newer job when the closing time moved', () => {
    const later = new Date('2030-04-07T12:00:00Z');
    expect(atClosingTime({ status: 'open', closingAt: later }, closingAt, after)).toBe('moved');
  });

  it('waits when delivered before the closing time', () => {
    expect(atClosingTime({ status: 'open', closingAt }, closingAt, new Date('2030-03-31T11:59:59Z'))).toBe('not-yet');
    expect(atClosingTime({ status: 'open', closingAt }, null, new Date('2030-03-31T11:59:59Z'))).toBe('not-yet');
  });
});

describe('closingJobId', () => {
  it('differs by closing time and never contains the colon BullMQ refuses', () => {
    const id = '6f1c2f43-7a1e-4a52-9d0a-0a4f6b0e8c11';
    const first = closingJobId(id, new Date('2030-03-31T12:00:00Z'));
    expect(first).toBe(closingJobId(id, new Date('2030-03-31T12:00:00.000Z')));
    expect(first).not.toBe(closingJobId(id, new Date('2030-04-07T12:00:00Z')));
    expect(first).not.toContain(':');
  });
});
