import { ApiProperty } from '@nestjs/swagger';
import { ROLES, USER_STATUSES, type UserAccountView } from '@app/identity';
import type { Role } from '@app/shared';
import { PageMetaResponseDto } from '../../http/page.response.dto';

export class UserAccountResponseDto implements UserAccountView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'jo.bloggs@leeds.gov.uk' })
  email!: string;

  @ApiProperty({ example: 'Jo Bloggs' })
  fullName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ enum: USER_STATUSES })
  status!: UserAccountView['status'];

  @ApiProperty({ type: String, nullable: true, example: 'E08000035' })
  councilCode!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  approvedAt!: string | null;
}

export class UserAccountPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [UserAccountResponseDto] })
  items!: UserAccountResponseDto[];
}
