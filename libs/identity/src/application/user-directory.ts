import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normaliseEmail } from '../domain/email';
import { UserOrmEntity } from '../infrastructure/user.orm-entity';

export interface UserSummary {
  id: string;
  email: string;
  fullName: string;
  role: UserOrmEntity['role'];
  status: UserOrmEntity['status'];
  councilCode: string | null;
}

/** Read-only look-ups of users for other contexts (notifications finds its recipients here). */
@Injectable()
export class UserDirectory {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async find(userId: string): Promise<UserSummary | null> {
    const user = await this.dataSource.getRepository(UserOrmEntity).findOneBy({ id: userId });
    return user ? toSummary(user) : null;
  }

  async findByEmail(email: string): Promise<UserSummary | null> {
    const user = await this.dataSource.getRepository(UserOrmEntity).findOneBy({ email: normaliseEmail(email) });
    return user ? toSummary(user) : null;
  }

  async activeAdmins(): Promise<UserSummary[]> {
    const admins = await this.dataSource
      .getRepository(UserOrmEntity)
      .find({ where: { role: 'admin', status: 'active' }, order: { createdAt: 'ASC' } });
    return admins.map(toSummary);
  }
}

function toSummary(user: UserOrmEntity): UserSummary {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    status: user.status,
    councilCode: user.councilCode,
  };
}
