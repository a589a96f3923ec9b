import type { I18n } from '../i18n/i18n';
import type { AppError } from './app-error';

/** The sentence that explains a failed request to the user, in the current language. */
export function errorText(i18n: I18n, error: AppError): string {
  if (error.code === 'rate_limited' && error.retryAfterSeconds) {
    return i18n.translate('errors.rateLimitedWait', { wait: waitText(i18n, error.retryAfterSeconds) });
  }
  return i18n.translate(`errors.${error.code}`);
}

function waitText(i18n: I18n, seconds: number): string {
  if (seconds < 60) return seconds === 1 ? i18n.translate('time.oneSecond') : i18n.translate('time.seconds', { count: seconds });
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? i18n.translate('time.oneMinute') : i18n.translate('time.minutes', { count: minutes });
}
