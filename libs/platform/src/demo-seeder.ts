import { Inject, Injectable, Logger } from '@nestjs/common';
import { CatalogueImporter, generateCatalogue, readGeneratorReference } from '@app/catalogue';
import { AppConfig } from '@app/config';
import { ReferenceDataVersionOrmEntity } from '@app/db';
import { AdminBootstrapService, AuthService, UserAdminService, UserDirectory } from '@app/identity';
import { SupplierService } from '@app/organisations';
import type { Actor } from '@app/shared';
import { DataSource } from 'typeorm';
import { DEMO_ADMIN_EMAIL, DEMO_BUYERS, DEMO_CATALOGUE, DEMO_PASSWORD, DEMO_SUPPLIERS } from './demo-data';

const DEMO_MARKER = 'demo-data';
const SEED_ADDRESS = 'demo-seed';

/**
 * Seeds the demo once, through the same services people use (so it is audited and consistent),
 * and only on an empty database: a marker row stops it running again, and an existing
 * non-administrator account means the database is someone's real data.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(UserAdminService) private readonly userAdmin: UserAdminService,
    @Inject(AdminBootstrapService) private readonly admins: AdminBootstrapService,
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(SupplierService) private readonly suppliers: SupplierService,
    @Inject(CatalogueImporter) private readonly importer: CatalogueImporter,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    if (!this.config.seedDemo || !(await this.isEmpty())) return false;
    const admin = await this.adminActor();
    for (const buyer of DEMO_BUYERS) {
      const userId = await this.register({ ...buyer, role: 'buyer' });
      if (buyer.approved) await this.userAdmin.approve(admin, userId);
    }
    for (const supplier of DEMO_SUPPLIERS) {
      const userId = await this.register({ ...supplier, role: 'supplier' });
      await this.suppliers.create(await this.actor(userId), supplier.profile);
    }
    // A catalogue to browse: generated from the real G-Cloud 13 categories and CPV labels, imported
    // as an administrator's bulk load.
    const catalogue = generateCatalogue(await readGeneratorReference(), DEMO_CATALOGUE);
    await this.importer.importText(JSON.stringify(catalogue), 'json', 'demo seed', { actorUserId: admin.userId });
    await this.dataSource
      .getRepository(ReferenceDataVersionOrmEntity)
      .insert({ name: DEMO_MARKER, checksum: 'seeded', loadedAt: new Date() });
    this.logger.log(
      `Seeded the demo: ${DEMO_BUYERS.length} buyers, ${DEMO_SUPPLIERS.length} suppliers with logins, ` +
        `${DEMO_CATALOGUE.listings} catalogue listings (see README)`,
    );
    return true;
  }

  private async isEmpty(): Promise<boolean> {
    const marker = await this.dataSource.getRepository(ReferenceDataVersionOrmEntity).findOneBy({ name: DEMO_MARKER });
    if (marker) return false;
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM app_user WHERE role <> 'admin'`);
    return count === 0;
  }

  /** The configured first administrator, or a demo one when ADMIN_EMAIL is unset. */
  private async adminActor(): Promise<Actor> {
    const email = this.config.admin?.email ?? DEMO_ADMIN_EMAIL;
    const existing = await this.users.findByEmail(email);
    const adminId = existing?.id ?? (await this.admins.createAdmin(email, DEMO_PASSWORD, 'Demo Administrator')).id;
    return this.actor(adminId);
  }

  private async register(person: { email: string; fullName: string; role: 'buyer' | 'supplier'; councilCode?: string }) {
    await this.auth.register({ ...person, password: DEMO_PASSWORD }, SEED_ADDRESS);
    const user = await this.users.findByEmail(person.email);
    if (!user) throw new Error(`demo user ${person.email} was not created`);
    return user.id;
  }

  private async actor(userId: string): Promise<Actor> {
    const actor = await this.auth.actorForUser(userId);
    if (!actor) throw new Error(`demo user ${userId} cannot act`);
    return actor;
  }
}
