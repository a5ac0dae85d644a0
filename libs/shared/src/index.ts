export { DomainError } from './domain-error';
export { MAX_PAGE_SIZE, offsetOf, pageOf } from './pagination';
export { isPounds, penceToPounds, poundsToPence } from './money';
export { projectRoot, resourcePath } from './resources';
export type { Actor, Role } from './actor';
export type { DomainErrorKind, FieldError } from './domain-error';
export type { Page, PageRequest } from './pagination';
export { isAdmin, requireActive, requireActor, requireRole } from './policy';
