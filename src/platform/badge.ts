import type { Verdict } from '../core/detect/types';
import { browser, t } from './runtime';

/** The toolbar badge of one tab says whether the page is a privacy policy. */
export async function showVerdictBadge(tabId: number, verdict: Verdict | null): Promise<void> {
  const isPolicy = verdict?.kind === 'privacy-policy';
  await browser.action.setBadgeText({ tabId, text: isPolicy ? t('badgePolicy') : '' });
  if (isPolicy) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fbf' });
  const title = isPolicy ? t('titlePolicyDetected') : t('extensionName');
  await browser.action.setTitle({ tabId, title });
}
