import { Body, Controller, Header, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthService } from '@app/identity';
import type { Request } from 'express';
import { bearerTokenOf, requestAddressOf } from '../auth/bearer-token';
import { Public } from '../auth/public.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { RegisterRequestDto } from './dto/register.request.dto';
import { REGISTRATION_RECEIVED, RegisterResponseDto } from './dto/register.response.dto';
import { TokenRequestDto } from './dto/token.request.dto';
import { TokenResponseDto } from './dto/token.response.dto';

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Post('register')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Register a supplier or buyer account',
    description:
      'Answers 202 with the same message whether or not the email already has an account (nothing changes then), ' +
      'so registering cannot reveal who is registered.',
  })
  @ApiResponse({ status: 202, type: RegisterResponseDto })
  @ApiProblems(400, 422, 429)
  async register(@Body() body: RegisterRequestDto, @Req() request: Request): Promise<RegisterResponseDto> {
    await this.auth.register(
      { email: body.email, password: body.password, fullName: body.fullName, role: body.role, councilCode: body.councilCode },
      requestAddressOf(request),
    );
    return { message: REGISTRATION_RECEIVED };
  }

  @Post('token')
  @Public()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Exchange email and password for a bearer token',
    description:
      'A wrong password and an unknown email give the same 401. After LOGIN_MAX_FAILURES failures in a row the account ' +
      'is locked for LOGIN_LOCK_MINUTES (429 with Retry-After, even with the right password); addresses are limited too. ' +
      'A suspended account with the right password gets 403.',
  })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiProblems(400, 401, 403, 429)
  async token(@Body() body: TokenRequestDto, @Req() request: Request): Promise<TokenResponseDto> {
    const actor = await this.auth.authenticate(body.email, body.password, requestAddressOf(request));
    return this.auth.issueToken(actor);
  }

  @Post('revoke')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke the bearer token this request was sent with (sign out)' })
  @ApiNoContentResponse({ description: 'The token no longer works' })
  @ApiProblems(401)
  async revoke(@Req() request: Request): Promise<void> {
    const token = bearerTokenOf(request);
    if (token) await this.auth.revokeToken(token);
  }
}
