import { AGENCY_CHOICE } from './consentPage';

/**
 * Posts the sandbox's consent form as its "Allow Access" button does, and returns where it
 * redirects (the OAuth client's redirect URI, with the code and state). `installTo` is the
 * admin's choice: a sub-account's ID, or `agency` (default: the first sub-account).
 */
export const approveByFormPost = async (consentUrl: string, installTo?: string): Promise<string> => {
  const page = new URL(consentUrl);
  const form = new URLSearchParams({
    redirect_uri: page.searchParams.get('redirect_uri') ?? '',
    state: page.searchParams.get('state') ?? '',
    client_id: page.searchParams.get('client_id') ?? '',
    scope: page.searchParams.get('scope') ?? '',
    ...(installTo ? { install_to: installTo } : {}),
  });
  const response = await fetch(`${page.origin}${page.pathname}`, { method: 'POST', body: form, redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) throw new Error(`Consent page answered ${response.status}`);
  return location;
};

/** The consent page's sub-accounts, as its form lists them: `{ id, name }`, the agency left out. */
const listedSubAccounts = (html: string) =>
  [...html.matchAll(/<option value="([^"]+)">([^<]+)<\/option>/g)]
    .filter(([, id]) => id !== AGENCY_CHOICE)
    .map(([, id, name]) => ({
      id: id!,
      name: name!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))),
    }));

/**
 * The consent form's value for what a developer asked for: `agency`, or a sub-account by its
 * name as the page shows it (case and the " (sandbox)" suffix aside) or by its ID.
 */
export const installChoice = async (consentUrl: string, wanted: string): Promise<string> => {
  if (wanted === AGENCY_CHOICE) return AGENCY_CHOICE;
  const page = await fetch(consentUrl);
  const subAccounts = listedSubAccounts(await page.text());
  const plain = (name: string) =>
    name
      .replace(/\s*\(sandbox\)\s*$/i, '')
      .trim()
      .toLowerCase();
  const found = subAccounts.find((s) => s.id === wanted || plain(s.name) === plain(wanted));
  if (!found)
    throw new Error(
      `The sandbox has no sub-account "${wanted}"; it has ${subAccounts.map((s) => `"${plain(s.name)}"`).join(', ')}, or use --agency.`,
    );
  return found.id;
};
