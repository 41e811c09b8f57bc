import { chromium } from 'playwright-core';
import { chromiumPath } from '../support/chromiumPath';

/** Where the consent page sends the person back to: Zapier's OAuth return page. */
const ZAPIER_HOST = 'zapier.com';

/**
 * Flags for a closed network: without the background-networking ones, Chromium keeps
 * dialling Google's hosts, and each refused connection slows the page. The resolver rule keeps
 * the redirect to Zapier (which carries the code) from ever leaving the machine.
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
  `--host-resolver-rules=MAP ${ZAPIER_HOST} ~NOTFOUND`,
];

/**
 * Opens the consent page in headless Chromium, clicks "Allow Access" as a person would, and
 * returns the URL of the redirect to Zapier with its code. The redirect is read as the browser
 * requests it: request interception does not see redirects in every Chromium build.
 */
export const approveInBrowser = async (consentUrl: string): Promise<string> => {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(consentUrl);
    const backToZapier = page.waitForRequest((request) => new URL(request.url()).hostname === ZAPIER_HOST);
    await page.getByRole('button', { name: 'Allow Access' }).click();
    return (await backToZapier).url();
  } finally {
    await browser.close();
  }
};
