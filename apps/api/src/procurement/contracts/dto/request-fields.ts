import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsString, Matches, MaxLength } from 'class-validator';

// Field shapes every procurement request shares.

/** Money is a string of pounds: the longest the database can hold is 13 digits, a point and 2 decimals. */
export const MONEY_LENGTH = 16;

/** Dates are calendar days, YYYY-MM-DD. */
export const DATE_LENGTH = 10;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_MESSAGE = '$property must be a date such as 2026-04-01';
export const DATE_EXAMPLE = '2026-03-31';

/** A calendar day, YYYY-MM-DD, that exists (2026-02-30 does not). */
export function IsCalendarDate(): PropertyDecorator {
  return applyDecorators(IsString(), MaxLength(DATE_LENGTH), Matches(DATE_PATTERN, { message: DATE_MESSAGE }), IsISO8601({ strict: true }));
}

/** CPV codes: eight digits, optionally with the check digit. */
export const CPV_CODE_LENGTH = 10;
export const CPV_FILTER_PATTERN = /^\d{2,8}$/;
