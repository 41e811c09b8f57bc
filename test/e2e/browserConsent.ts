import { chromium } from 'playwright-core';

/** Debian's chromium package; CHROMIUM_PATH points elsewhere when it lives somewhere else. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a closed network: without the background-networking ones, Chromium keeps
 * dialling Google's hosts, and each refused connection slows the page.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Opens the consent page in headless Chromium, clicks "Allow Access" as a person would, and
 * returns the redirect to Zapier (caught before it leaves the machine) with its code.
 */
export const approveInBrowser = async (consentUrl: string): Promise<string> => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page = await browser.newPage();
    let redirectedTo: string | undefined;
    await page.route('https://zapier.com/**', async (route) => {
      redirectedTo = route.request().url();
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Connected</p>' });
    });
    await page.goto(consentUrl);
    await page.getByRole('button', { name: 'Allow Access' }).click();
    await page.waitForURL((url) => url.hostname === 'zapier.com');
    if (!redirectedTo) throw new Error('The consent page did not redirect back to Zapier');
    return redirectedTo;
  } finally {
    await browser.close();
  }
};
