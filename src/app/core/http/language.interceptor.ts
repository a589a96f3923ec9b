import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18n } from '../i18n/i18n';

/**
 * Asks the server for its messages (problem+json details, field errors) in the language chosen in
 * Koers, not in the browser's: a Dutch page in an English browser shows Dutch errors. Only for
 * Koers's own API; a request that already names a language keeps it.
 */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  const own = request.url.startsWith('/api/') || request.url.startsWith('/xapi/');
  if (!own || request.headers.has('Accept-Language')) return next(request);
  return next(request.clone({ setHeaders: { 'Accept-Language': inject(I18n).language() } }));
};
