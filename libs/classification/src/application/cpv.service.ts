import { Inject, Injectable } from '@nestjs/common';
import { DomainError, FieldError, MAX_PAGE_SIZE, offsetOf, Page, pageOf, PageRequest } from '@app/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { isCpvLevel, isCpvPrefix, parseCpvCode, CPV_LEVELS } from '../domain/cpv-code';
import { CpvCodeOrmEntity } from '../infrastructure/cpv-code.orm-entity';
import type { CpvCodeDetailView, CpvCodeRef, CpvCodeView, CpvFilter } from './cpv.views';

const MAX_QUERY_LENGTH = 100;
const MAX_QUERY_WORDS = 10;

interface CpvRow {
  code: string;
  check_digit: string;
  label: string;
  level: CpvCodeView['level'];
  parent_code: string | null;
  division: string;
}

/** The CPV vocabulary: search by label words or code prefix, and the tree around one code. */
@Injectable()
export class CpvService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async search(filter: CpvFilter, page: PageRequest): Promise<Page<CpvCodeView>> {
    checkPage(page);
    const errors: FieldError[] = [];
    if (filter.q !== undefined && filter.q.length > MAX_QUERY_LENGTH) {
      errors.push({ field: 'q', message: `q must be at most ${MAX_QUERY_LENGTH} characters` });
    }
    if (filter.code !== undefined && !isCpvPrefix(filter.code)) {
      errors.push({ field: 'code', message: 'code must be 1 to 8 digits, the start of a CPV code (722 finds 722xxxxx)' });
    }
    if (filter.level !== undefined && !isCpvLevel(filter.level)) {
      errors.push({ field: 'level', message: `level must be one of ${CPV_LEVELS.join(', ')}` });
    }
    if (errors.length > 0) throw DomainError.validation('INVALID_CPV_FILTER', errors);

    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    let wordOrder: string | null = null;
    const q = filter.q?.trim() ?? '';
    const codeInQuery = /^(\d{1,8})(?:-\d)?$/.exec(q);
    if (codeInQuery) {
      conditions.push(`code LIKE ${param(`${codeInQuery[1]}%`)}`);
    } else if (q) {
      // Each word must start a word of the label. Only letters and digits reach to_tsquery, so its
      // operators cannot be injected; English stemming lets "services" find "service".
      const words = (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_WORDS);
      if (words.length > 0) {
        const query = param(words.map((word) => `${word.toLowerCase()}:*`).join(' & '));
        conditions.push(`to_tsvector('english', label) @@ to_tsquery('english', ${query})`);
        // Every match contains all the words, so the shortest label is the closest one: "Software
        // development services" before "Facilities management software development services…".
        wordOrder = 'length(label)';
      }
    }
    if (filter.code) conditions.push(`code LIKE ${param(`${filter.code}%`)}`);
    if (filter.level) conditions.push(`level = ${param(filter.level)}`);

    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM cpv_code ${where}`,
      params,
    );
    const order = wordOrder ? `${wordOrder}, code` : 'code';
    const rows: CpvRow[] = await this.dataSource.query(
      `SELECT code, check_digit, label, level, parent_code, division FROM cpv_code ${where}
       ORDER BY ${order} LIMIT ${param(page.pageSize)} OFFSET ${param(offsetOf(page))}`,
      params,
    );
    return pageOf(rows.map(fromRow), total, page);
  }

  async get(rawCode: string): Promise<CpvCodeDetailView> {
    const code = parseCpvCode(rawCode);
    if (!code) throw new DomainError('bad_request', 'INVALID_CPV_CODE', 'code must be 8 digits', [{ field: 'code', message: 'code must be 8 digits, optionally with its check digit (72000000-5)' }]);
    const repository = this.dataSource.getRepository(CpvCodeOrmEntity);
    const entity = await repository.findOneBy({ code });
    if (!entity) throw DomainError.notFound('CPV code');
    const [parent, children] = await Promise.all([
      entity.parentCode ? repository.findOneBy({ code: entity.parentCode }) : Promise.resolve(null),
      repository.find({ where: { parentCode: code }, order: { code: 'ASC' } }),
    ]);
    return { ...toView(entity), parent: parent ? toRef(parent) : null, children: children.map(toRef) };
  }

  /**
   * For other contexts checking codes a user chose: the known ones among `codes` (8 digits each).
   * Pass the caller's transaction manager when called inside a transaction.
   */
  async findMany(codes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<CpvCodeView[]> {
    const valid = [...new Set(codes.filter((code) => /^\d{8}$/.test(code)))];
    if (valid.length === 0) return [];
    const rows = await manager.find(CpvCodeOrmEntity, { where: { code: In(valid) }, order: { code: 'ASC' } });
    return rows.map(toView);
  }
}

function checkPage(page: PageRequest): void {
  if (!Number.isInteger(page.page) || page.page < 1) throw DomainError.field('page', 'page must be a whole number from 1');
  if (!Number.isInteger(page.pageSize) || page.pageSize < 1 || page.pageSize > MAX_PAGE_SIZE) {
    throw DomainError.field('pageSize', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
}

function fromRow(row: CpvRow): CpvCodeView {
  return {
    code: row.code,
    checkDigit: row.check_digit,
    codeWithCheckDigit: `${row.code}-${row.check_digit}`,
    label: row.label,
    level: row.level,
    parentCode: row.parent_code,
    division: row.division,
  };
}

function toView(entity: CpvCodeOrmEntity): CpvCodeView {
  return fromRow({
    code: entity.code,
    check_digit: entity.checkDigit,
    label: entity.label,
    level: entity.level,
    parent_code: entity.parentCode,
    division: entity.division,
  });
}

function toRef(entity: CpvCodeOrmEntity): CpvCodeRef {
  return { code: entity.code, label: entity.label, level: entity.level };
}
