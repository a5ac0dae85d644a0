import { Module } from '@nestjs/common';
import { SavedSearchesModule } from '@app/saved-searches';
import { OpportunitiesWebModule } from '../opportunities/opportunities-web.module';
import { SavedSearchesPageController } from './saved-searches.page.controller';

@Module({
  imports: [SavedSearchesModule, OpportunitiesWebModule],
  controllers: [SavedSearchesPageController],
})
export class SavedSearchesWebModule {}
