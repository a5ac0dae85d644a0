import { IsInt, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DomainError } from '@app/shared';
import { createValidationPipe } from './validation';

class Office {
  @IsString()
  @MaxLength(10)
  councilCode!: string;
}

class Body {
  @IsString()
  @MaxLength(20)
  name!: string;

  @IsInt()
  staffCount!: number;

  @ValidateNested({ each: true })
  @Type(() => Office)
  offices!: Office[];
}

async function fieldErrors(value: unknown) {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: Body });
  } catch (error) {
    return (error as DomainError).fieldErrors;
  }
  throw new Error('expected a validation error');
}

describe('validation pipe', () => {
  it('says a missing field is required, a mistyped one what type it wants, an unknown one is not recognised', async () => {
    expect(await fieldErrors({ staffCount: 'ten', offices: [], extra: 1 })).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'name is required' },
        { field: 'staffCount', message: 'staffCount must be an integer number' },
        { field: 'extra', message: 'extra is not a recognised field' },
      ]),
    );
  });

  it('names nested fields by their path', async () => {
    expect(await fieldErrors({ name: 'x', staffCount: 1, offices: [{ councilCode: 'E07000110' }, { councilCode: 'x'.repeat(11) }] })).toEqual([
      { field: 'offices[1].councilCode', message: 'offices[1].councilCode must be shorter than or equal to 10 characters' },
    ]);
  });
});
