// The phone both Playwright configs emulate: Debian's chromium (never a downloaded browser) as a
// mid-range Android phone at 360x740, Indonesian locale.
import type { PlaywrightTestOptions, LaunchOptions } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchOptions: LaunchOptions = {
  executablePath: CHROMIUM,
  args: ['--disable-gpu', '--disable-quic', '--disable-component-update', '--disable-sync',
    '--disable-background-networking', '--no-first-run'],
};

export const phone: Partial<PlaywrightTestOptions> = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'id-ID',
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
};
