import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { NEED_STATUSES, type NeedStatus } from '@app/procurement';
import { IsIn, IsOptional } from 'class-validator';
import { CreateNeedRequestDto } from './create-need.request.dto';

/** Any of the need's fields (left out keeps the value, null clears an optional one), and its status. */
export class UpdateNeedRequestDto extends PartialType(CreateNeedRequestDto) {
  @ApiPropertyOptional({
    enum: NEED_STATUSES,
    description: "closed closes an open need; open reopens one its buyers closed. Anything else answers 409 naming the need's state",
  })
  @IsOptional()
  @IsIn(NEED_STATUSES)
  status?: NeedStatus;
}
