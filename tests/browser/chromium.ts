import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (or CHROME_PATH). The flags keep it off the network, which is closed
 * here, and let it run as root in a sandboxed CI.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
