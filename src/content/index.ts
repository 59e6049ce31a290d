// The script injected into every page: gathers signals, decides, reports. Keep it small (see bench/size).
import { sendFromContent } from '../platform/send-lite';
import { startDetector } from './detector';

const controller = new AbortController();
addEventListener('pagehide', () => controller.abort(), { once: true });

startDetector({
  doc: document,
  win: window,
  signal: controller.signal,
  report: (url, verdict) => {
    void sendFromContent('content/verdict', { url, verdict }).then((result) => {
      if (!result.ok && /context invalidated|receiving end/i.test(result.error)) controller.abort();
    });
  },
});
