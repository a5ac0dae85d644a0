import { ApiProperty } from '@nestjs/swagger';
import { FRAMEWORK_STATUSES } from '@app/catalogue';
import type { CategoryView, FrameworkStatus, FrameworkSummaryView, FrameworkView, LotSummaryView, LotView } from '@app/catalogue';
import { PageMetaResponseDto } from '../../http/page.response.dto';

export class CategoryResponseDto implements CategoryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'payroll', description: 'Unique in the lot; a name listed under two parents is qualified by its parent' })
  slug!: string;

  @ApiProperty({ example: 'Payroll' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Accounting and finance', description: 'The group it is listed under, on lots that have groups' })
  parentName!: string | null;
}

export class LotSummaryResponseDto implements LotSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'cloud-software' })
  slug!: string;

  @ApiProperty({ example: 'Cloud software' })
  name!: string;

  @ApiProperty({ example: 'Applications that can be accessed over the internet and hosted on the cloud.' })
  description!: string;

  @ApiProperty({ example: 20, description: 'How many of the lot’s categories one service may choose' })
  maxCategoriesPerService!: number;
}

export class LotResponseDto extends LotSummaryResponseDto implements LotView {
  @ApiProperty({ type: [CategoryResponseDto] })
  categories!: CategoryResponseDto[];
}

/** The fields a framework has in a list and on its own. */
class FrameworkFieldsDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'g-cloud-13' })
  slug!: string;

  @ApiProperty({ example: 'G-Cloud 13' })
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({
    enum: FRAMEWORK_STATUSES,
    description: 'coming → open (suppliers list services) → live (buyers buy; listings are public) → expired',
  })
  status!: FrameworkStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class FrameworkSummaryResponseDto extends FrameworkFieldsDto implements FrameworkSummaryView {
  @ApiProperty({ type: [LotSummaryResponseDto], description: 'Its lots, without their categories' })
  lots!: LotSummaryResponseDto[];
}

export class FrameworkResponseDto extends FrameworkFieldsDto implements FrameworkView {
  @ApiProperty({ type: [LotResponseDto] })
  lots!: LotResponseDto[];
}

export class FrameworkPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [FrameworkSummaryResponseDto] })
  items!: FrameworkSummaryResponseDto[];
}
