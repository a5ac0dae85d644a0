import { ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, USER_STATUSES, type UserStatus } from '@app/identity';
import type { Role } from '@app/shared';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../http/page-query.dto';

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: USER_STATUSES, description: 'pending lists the buyers waiting for approval' })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}
