import { Controller, Get, Render } from '@nestjs/common';

@Controller()
export class StartPageController {
  @Get()
  @Render('start/index')
  show(): Record<string, never> {
    return {};
  }
}
