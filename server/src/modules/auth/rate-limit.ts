import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { RateLimitRule } from '../../config';
import { ProblemError } from '../../http/problem';

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/**
 * Sign-in attempts are limited twice: per client IP over all sign-in routes, and per IP and
 * identity (an e-mail address or class code) so one guessed account cannot be hammered. Keys live
 * in memory only; an e-mail in a key never reaches a log.
 */
export class SignInLimits {
  private readonly perIp: Limiter;

  constructor(
    private readonly app: FastifyInstance,
    rule: RateLimitRule,
  ) {
    this.perIp = this.limiter(rule, (request) => `sign-in|${request.ip}`);
  }

  /** A preHandler (the body is parsed by then) that applies both limits. */
  guard(name: string, rule: RateLimitRule, identityOf: (request: FastifyRequest) => string): preHandlerAsyncHookHandler {
    const perIdentity = this.limiter(rule, (request) => `${name}|${request.ip}|${identityOf(request)}`);
    return async (request) => {
      for (const limiter of [this.perIp, perIdentity]) {
        const result = await limiter(request);
        if (!result.isAllowed && result.isExceeded) {
          throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: result.ttlInSeconds });
        }
      }
    };
  }

  private limiter(rule: RateLimitRule, keyGenerator: (request: FastifyRequest) => string): Limiter {
    return this.app.createRateLimit({ max: rule.max, timeWindow: rule.windowMs, keyGenerator });
  }
}
