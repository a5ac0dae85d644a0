import { Module } from '@nestjs/common';
import { SavedSearchesModule } from '@app/saved-searches';
import { SavedSearchesPageController } from './saved-searches.page.controller';

@Module({
  imports: [SavedSearchesModule],
  controllers: [SavedSearchesPageController],
})
export class SavedSearchesWebModule {}
