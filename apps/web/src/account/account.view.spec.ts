import type { UserProfile } from '@app/identity';
import { toAccountView } from './account.view';

const buyer: UserProfile = {
  id: '6f1c1f5e-8d0e-4c11-9a43-0d3c1f3b2a10',
  email: 'buyer@kent.gov.uk',
  fullName: 'Alex Buyer',
  role: 'buyer',
  status: 'pending',
  councilCode: 'E10000016',
  supplierId: null,
};

describe('toAccountView', () => {
  it('tells a pending buyer an administrator must approve them, naming the council', () => {
    const view = toAccountView(buyer, { council: 'Kent County Council' });
    expect(view).toMatchObject({
      role: 'Council buyer',
      status: { text: 'Waiting for approval', colour: 'yellow' },
      organisation: { label: 'Council', name: 'Kent County Council' },
      awaitingApproval: true,
    });
  });

  it('shows a supplier user their supplier, or that they have not created one yet', () => {
    const supplier: UserProfile = { ...buyer, role: 'supplier', status: 'active', councilCode: null, supplierId: 'x' };
    expect(toAccountView(supplier, { supplier: 'Acme Cloud Ltd' }).organisation).toEqual({ label: 'Supplier', name: 'Acme Cloud Ltd' });
    const without = toAccountView({ ...supplier, supplierId: null }, {});
    expect(without).toMatchObject({ organisation: undefined, needsSupplierProfile: true, awaitingApproval: false });
  });
});
