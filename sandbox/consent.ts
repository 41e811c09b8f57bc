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
