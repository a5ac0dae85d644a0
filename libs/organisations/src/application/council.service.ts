import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, DomainError, FieldError, offsetOf, Page, pageOf, PageRequest, requireRole } from '@app/shared';
import { DataSource } from 'typeorm';
import type { CouncilHierarchy, CouncilNode } from '../domain/council-hierarchy';
import {
  isEmailDomain,
  isSharedEmailDomain,
  MAX_EMAIL_DOMAIN_LENGTH,
  MAX_EMAIL_DOMAINS,
  normaliseEmailDomain,
} from '../domain/email-domain';
import { CouncilOrmEntity } from '../infrastructure/council.orm-entity';
import { CouncilHierarchyCache } from './council-hierarchy.cache';
import type { CouncilDetailView, CouncilFilter, CouncilRef, CouncilView } from './council.views';
import { requirePageRequest } from './page-request';

const MAX_QUERY_LENGTH = 100;
const GSS_CODE = /^E\d{8}$/;

@Injectable()
export class CouncilService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** Served from the in-memory hierarchy: 332 rows, read far more often than they change. */
  async list(filter: CouncilFilter, page: PageRequest): Promise<Page<CouncilView>> {
    requirePageRequest(page);
    const hierarchy = await this.hierarchy.get();
    const errors: FieldError[] = [];
    if (filter.q !== undefined && filter.q.length > MAX_QUERY_LENGTH) {
      errors.push({ field: 'q', message: `q must be at most ${MAX_QUERY_LENGTH} characters` });
    }
    if (filter.type !== undefined && !hierarchy.typeCodes().includes(filter.type)) {
      errors.push({ field: 'type', message: `type must be one of ${hierarchy.typeCodes().join(', ')}` });
    }
    if (filter.region !== undefined && !hierarchy.regions().includes(filter.region)) {
      errors.push({ field: 'region', message: `region must be one of ${hierarchy.regions().join(', ')}` });
    }
    if (errors.length > 0) throw DomainError.validation('INVALID_COUNCIL_FILTER', errors);

    const needle = filter.q?.trim().toLowerCase();
    const matches = hierarchy
      .all()
      .filter((council) => !needle || council.name.toLowerCase().includes(needle) || council.shortName.toLowerCase().includes(needle))
      .filter((council) => !filter.type || council.typeCode === filter.type)
      .filter((council) => !filter.region || council.region === filter.region)
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    const start = offsetOf(page);
    const items = matches.slice(start, start + page.pageSize).map((council) => toCouncilView(council, hierarchy));
    return pageOf(items, matches.length, page);
  }

  async get(gssCode: string): Promise<CouncilDetailView> {
    const hierarchy = await this.hierarchy.get();
    const council = hierarchy.get(requireGssCode(gssCode));
    if (!council) throw DomainError.notFound('Council');
    const row = await this.dataSource.getRepository(CouncilOrmEntity).findOneBy({ gssCode: council.gssCode });
    if (!row) throw DomainError.notFound('Council');
    return toCouncilDetailView(council, row.emailDomains, hierarchy);
  }

  /** Administrators only. A domain may belong to one council, and never to a domain many organisations share. */
  async setEmailDomains(actor: Actor | undefined, gssCode: string, domains: readonly string[]): Promise<CouncilDetailView> {
    const admin = requireRole(actor, 'admin');
    const hierarchy = await this.hierarchy.get();
    const council = hierarchy.get(requireGssCode(gssCode));
    if (!council) throw DomainError.notFound('Council');
    const wanted = validateDomains(domains as unknown);

    const emailDomains = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(CouncilOrmEntity).findOne({
        where: { gssCode: council.gssCode },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw DomainError.notFound('Council');
      if (wanted.length > 0) {
        const taken: { gss_code: string; name: string; email_domains: string[] }[] = await manager.query(
          `SELECT gss_code, name, email_domains FROM council WHERE gss_code <> $1 AND email_domains && $2::text[]`,
          [council.gssCode, wanted],
        );
        const errors = wanted.flatMap((domain, index) => {
          const owner = taken.find((other) => other.email_domains.includes(domain));
          return owner ? [{ field: `emailDomains[${index}]`, message: `${domain} already belongs to ${owner.name}` }] : [];
        });
        if (errors.length > 0) throw DomainError.validation('EMAIL_DOMAIN_TAKEN', errors);
      }
      const before = { emailDomains: row.emailDomains };
      await manager.update(CouncilOrmEntity, { gssCode: council.gssCode }, { emailDomains: wanted });
      await this.audit.record(manager, {
        actorUserId: admin.userId,
        action: 'council.email-domains-updated',
        objectType: 'council',
        objectId: council.gssCode,
        before,
        after: { emailDomains: wanted },
      });
      return wanted;
    });
    return toCouncilDetailView(council, emailDomains, hierarchy);
  }
}

/** A malformed code is the caller's mistake (400); a well-formed one that names no council is a 404. */
function requireGssCode(raw: string): string {
  const code = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  if (!GSS_CODE.test(code)) {
    throw new DomainError('bad_request', 'INVALID_COUNCIL_CODE', 'code must be a GSS code such as E07000110', [
      { field: 'code', message: 'code must be a GSS code: E and 8 digits, such as E07000110' },
    ]);
  }
  return code;
}

function validateDomains(domains: unknown): string[] {
  if (!Array.isArray(domains) || domains.length > MAX_EMAIL_DOMAINS) {
    throw DomainError.field('emailDomains', `emailDomains must be a list of at most ${MAX_EMAIL_DOMAINS} domain names`);
  }
  const errors: FieldError[] = [];
  const normalised = domains.map((raw: unknown, index) => {
    const field = `emailDomains[${index}]`;
    if (typeof raw !== 'string' || raw.length > MAX_EMAIL_DOMAIN_LENGTH) {
      errors.push({ field, message: `${field} must be a domain name of at most ${MAX_EMAIL_DOMAIN_LENGTH} characters` });
      return '';
    }
    const domain = normaliseEmailDomain(raw);
    if (!isEmailDomain(domain)) errors.push({ field, message: `${field} must be a domain name such as kent.gov.uk` });
    else if (isSharedEmailDomain(domain)) errors.push({ field, message: `${field} is shared by many organisations, so it cannot identify one council` });
    return domain;
  });
  if (errors.length > 0) throw DomainError.validation('INVALID_EMAIL_DOMAINS', errors);
  return [...new Set(normalised)];
}

function ref(gssCode: string | null, hierarchy: CouncilHierarchy): CouncilRef | null {
  const council = gssCode ? hierarchy.get(gssCode) : undefined;
  return council ? { gssCode: council.gssCode, name: council.name } : null;
}

function toCouncilView(council: CouncilNode, hierarchy: CouncilHierarchy): CouncilView {
  return {
    gssCode: council.gssCode,
    localAuthorityCode: council.localAuthorityCode,
    name: council.name,
    shortName: council.shortName,
    type: { code: council.typeCode, name: council.typeName },
    region: council.region,
    county: ref(council.countyCode, hierarchy),
    combinedAuthority: ref(council.combinedAuthorityCode, hierarchy),
  };
}

function toCouncilDetailView(council: CouncilNode, emailDomains: string[], hierarchy: CouncilHierarchy): CouncilDetailView {
  return {
    ...toCouncilView(council, hierarchy),
    members: hierarchy.membersOf(council.gssCode).map((member) => ({ gssCode: member.gssCode, name: member.name })),
    emailDomains,
  };
}
