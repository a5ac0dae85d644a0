import { PartialType, PickType } from '@nestjs/swagger';
import { CreateSavedSearchRequestDto } from './create-saved-search.request.dto';

/** Name and frequency only: a search with other filters is another saved search. */
export class UpdateSavedSearchRequestDto extends PartialType(PickType(CreateSavedSearchRequestDto, ['name', 'frequency'] as const)) {}
