import type { Role } from '@app/shared';
import type { SelfRegisteredRole, UserStatus } from '../domain/user-status';

export interface Registration {
  email: string;
  password: string;
  fullName: string;
  role: SelfRegisteredRole;
  /** GSS code of the buyer's council; required for buyers, ignored for suppliers. */
  councilCode?: string | null;
}

/** What a signed-in user sees about themselves. */
export interface UserProfile {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  status: UserStatus;
  councilCode: string | null;
  supplierId: string | null;
}

/** What an administrator sees in the user list. */
export interface UserAccountView {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  status: UserStatus;
  councilCode: string | null;
  createdAt: string;
  approvedAt: string | null;
}

export interface UserFilter {
  status?: UserStatus;
  role?: Role;
}

export interface AccessToken {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds from now. */
  expiresIn: number;
  expiresAt: string;
}
