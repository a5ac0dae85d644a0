import { Module } from '@nestjs/common';
import { SavedSearchesModule } from '@app/saved-searches';
import { SavedSearchesController } from './saved-searches.controller';

@Module({ imports: [SavedSearchesModule], controllers: [SavedSearchesController] })
export class SavedSearchesApiModule {}
