import { Inject, Injectable } from '@nestjs/common';
import { IntegrityFlagService } from '@app/audit';
import { DataSource, EntityManager } from 'typeorm';
import { findSharedContactDetails, SharedContactFinding, SupplierContact } from '../domain/shared-contact-details';

interface ContactRow {
  id: string;
  name: string;
  company_number: string;
  phone: string | null;
  postcodes: (string | null)[];
}

const CONTACTS = `
  SELECT s.id, s.name, s.company_number, s.phone, array_agg(o.postcode) AS postcodes
  FROM supplier s JOIN supplier_office o ON o.supplier_id = s.id
  WHERE s.phone IS NOT NULL AND o.postcode IS NOT NULL`;

/**
 * Finds suppliers that share an office postcode and a phone number across different company
 * numbers, and raises one integrity flag per group (idempotent: the key names the postcode, the
 * phone and the company numbers). Reads the organisations tables directly and only reads them.
 */
@Injectable()
export class SupplierIntegrityCheck {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(IntegrityFlagService) private readonly flags: IntegrityFlagService,
  ) {}

  /** Every supplier: for an administrator or a scheduled job. */
  async run(manager: EntityManager = this.dataSource.manager): Promise<SharedContactFinding[]> {
    const rows: ContactRow[] = await manager.query(`${CONTACTS} GROUP BY s.id`);
    return this.raiseAll(manager, findSharedContactDetails(rows.map(toContact)));
  }

  /** Only the groups one supplier is in: cheap enough to run whenever a contract names the supplier. */
  async runFor(supplierId: string, manager: EntityManager = this.dataSource.manager): Promise<SharedContactFinding[]> {
    const rows: ContactRow[] = await manager.query(
      `${CONTACTS} AND upper(replace(o.postcode, ' ', '')) IN (
         SELECT upper(replace(postcode, ' ', '')) FROM supplier_office WHERE supplier_id = $1 AND postcode IS NOT NULL)
       GROUP BY s.id`,
      [supplierId],
    );
    const findings = findSharedContactDetails(rows.map(toContact)).filter((finding) =>
      finding.suppliers.some((member) => member.supplierId === supplierId),
    );
    return this.raiseAll(manager, findings);
  }

  private async raiseAll(manager: EntityManager, findings: SharedContactFinding[]): Promise<SharedContactFinding[]> {
    for (const finding of findings) {
      const numbers = finding.suppliers.map((member) => member.companyNumber);
      await this.flags.raise(
        {
          kind: 'shared-contact-details',
          subjectType: 'supplier',
          subjectId: finding.suppliers[0].supplierId,
          summary: `${finding.suppliers.length} suppliers with different company numbers (${numbers.join(', ')}) share postcode ${finding.postcode} and phone ${finding.phone}`,
          details: { postcode: finding.postcode, phone: finding.phone, suppliers: finding.suppliers },
          dedupeKey: `shared-contact-details:${finding.postcode}:${finding.phone}:${[...new Set(numbers)].join(',')}`,
        },
        manager,
      );
    }
    return findings;
  }
}

function toContact(row: ContactRow): SupplierContact {
  return { supplierId: row.id, name: row.name, companyNumber: row.company_number, phone: row.phone, postcodes: row.postcodes };
}
