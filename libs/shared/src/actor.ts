export type Role = 'supplier' | 'buyer' | 'admin';

/**
 * Who is asking, as every service sees it. Built by the transport from a token or a session;
 * services decide what this actor may do, so the rules live in one place.
 */
export interface Actor {
  userId: string;
  role: Role;
  status: 'pending' | 'active' | 'suspended';
  supplierId: string | null;
  councilCode: string | null;
}
