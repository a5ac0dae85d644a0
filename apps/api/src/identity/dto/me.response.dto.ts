import { ApiProperty } from '@nestjs/swagger';
import { ROLES, USER_STATUSES, type UserProfile } from '@app/identity';
import type { Role } from '@app/shared';

export class MeResponseDto implements UserProfile {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'jo.bloggs@leeds.gov.uk' })
  email!: string;

  @ApiProperty({ example: 'Jo Bloggs' })
  fullName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ enum: USER_STATUSES, description: 'pending buyers can sign in but not act until approved' })
  status!: UserProfile['status'];

  @ApiProperty({ type: String, nullable: true, example: 'E08000035', description: "A buyer's council (GSS code)" })
  councilCode!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The supplier a supplier user acts for, once created' })
  supplierId!: string | null;
}
