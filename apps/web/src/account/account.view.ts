import type { UserProfile } from '@app/identity';
import type { Role } from '@app/shared';

/** What the account page shows: labels in the service's words, no internal codes. */
export interface AccountView {
  fullName: string;
  email: string;
  role: string;
  status: { text: string; colour: 'green' | 'yellow' | 'red' };
  organisation?: { label: 'Council' | 'Supplier'; name: string };
  awaitingApproval: boolean;
  needsSupplierProfile: boolean;
}

const ROLE_LABELS: { [role in Role]: string } = {
  buyer: 'Council buyer',
  supplier: 'Supplier user',
  admin: 'Framework administrator',
};

const STATUS_LABELS: { [status in UserProfile['status']]: AccountView['status'] } = {
  active: { text: 'Active', colour: 'green' },
  pending: { text: 'Waiting for approval', colour: 'yellow' },
  suspended: { text: 'Suspended', colour: 'red' },
};

export function toAccountView(profile: UserProfile, organisationName: { council?: string; supplier?: string }): AccountView {
  const organisation =
    profile.role === 'buyer' && organisationName.council
      ? ({ label: 'Council', name: organisationName.council } as const)
      : profile.role === 'supplier' && organisationName.supplier
        ? ({ label: 'Supplier', name: organisationName.supplier } as const)
        : undefined;
  return {
    fullName: profile.fullName,
    email: profile.email,
    role: ROLE_LABELS[profile.role],
    status: STATUS_LABELS[profile.status],
    organisation,
    awaitingApproval: profile.role === 'buyer' && profile.status === 'pending',
    needsSupplierProfile: profile.role === 'supplier' && profile.supplierId === null,
  };
}
