import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '@app/shared';
import type { SupplierInput } from '../domain/supplier-profile';

let sequence = 0;

/** A signed-in actor as identity would build it; ids are fresh so tests never collide. */
export function actorOf(role: Role, overrides: Partial<Actor> = {}): Actor {
  return { userId: randomUUID(), role, status: 'active', supplierId: null, councilCode: null, ...overrides };
}

/** A distinct valid England and Wales company number per call. */
export function nextCompanyNumber(): string {
  sequence += 1;
  return String(10_000_000 + ((process.pid * 1000 + sequence) % 89_999_999)).padStart(8, '0');
}

/** A valid small supplier with one office in Maidstone, unless told otherwise. */
export function supplierInput(overrides: Partial<SupplierInput> = {}): SupplierInput {
  return {
    name: 'Weald Digital Ltd',
    companyNumber: nextCompanyNumber(),
    vatNumber: 'GB123456789',
    phone: '01622 000000',
    staffCount: 25,
    turnover: '2500000.00',
    balanceSheetTotal: '800000.00',
    isVcse: false,
    offices: [{ councilCode: 'E07000110', postcode: 'ME14 1XQ' }],
    ...overrides,
  };
}
