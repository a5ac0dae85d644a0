import { Module } from '@nestjs/common';
import { AboutPageController } from './about.page.controller';

@Module({ controllers: [AboutPageController] })
export class AboutWebModule {}
