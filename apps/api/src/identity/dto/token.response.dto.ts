import { ApiProperty } from '@nestjs/swagger';
import type { AccessToken } from '@app/identity';

export class TokenResponseDto implements AccessToken {
  @ApiProperty({ description: 'Send as Authorization: Bearer <accessToken>', example: 'kq0v1x2Wq...43 characters' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token expires', example: 43200 })
  expiresIn!: number;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}
