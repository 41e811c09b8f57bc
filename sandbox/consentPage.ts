import type { Grant } from './oauth';

/** Where GHL's current docs send an admin to install an app. */
export const CONSENT_PATH = '/v2/oauth/chooselocation';
/** The consent form's choice that installs the app on the agency rather than one sub-account. */
export const AGENCY_CHOICE = 'agency';

export interface Installable {
  company: { id: string; name: string };
  subAccounts: Array<{ id: string; name: string }>;
  userId: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** GHL's consent page, as an admin sees it: the agency, or one of its sub-accounts. */
export const consentPage = (query: URLSearchParams, { company, subAccounts }: Installable) => {
  const hidden = ['redirect_uri', 'state', 'client_id', 'scope']
    .map((name) => `  <input type="hidden" name="${name}" value="${escapeHtml(query.get(name) ?? '')}">`)
    .join('\n');
  const options = [
    ...subAccounts.map((l) => `<option value="${escapeHtml(l.id)}">${escapeHtml(l.name)}</option>`),
    `<option value="${AGENCY_CHOICE}">${escapeHtml(company.name)} (agency: every sub-account)</option>`,
  ].join('');
  return `<!doctype html>
<html><head><title>HighLevel Sandbox: Choose Location</title></head>
<body><h1>Connect your HighLevel account</h1>
<p>The app asks for: ${escapeHtml(query.get('scope') ?? '')}</p>
<form method="post" action="${CONSENT_PATH}">
${hidden}
  <label>Install on <select name="install_to">${options}</select></label>
  <button id="approve" type="submit">Allow Access</button>
</form></body></html>`;
};

/** What "Allow Access" grants: the agency (a bulk installation on every sub-account) or the chosen sub-account. */
export const grantFromConsent = (
  form: URLSearchParams,
  { company, subAccounts, userId }: Installable,
): Grant | undefined => {
  const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
  const choice = form.get('install_to') ?? subAccounts[0]?.id;
  if (choice === AGENCY_CHOICE)
    return {
      userType: 'Company',
      companyId: company.id,
      approvedLocations: subAccounts.map((l) => l.id),
      userId,
      scopes,
    };
  if (!subAccounts.some((l) => l.id === choice)) return undefined;
  return { userType: 'Location', companyId: company.id, locationId: choice, userId, scopes };
};
