import { PartialType } from '@nestjs/swagger';
import { CreateSupplierRequestDto } from './create-supplier.request.dto';

/** Any of the profile's fields; left out keeps the value, `offices` replaces the whole list, null clears vatNumber or phone. */
export class UpdateSupplierRequestDto extends PartialType(CreateSupplierRequestDto) {}
