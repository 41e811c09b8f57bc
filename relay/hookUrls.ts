/** Zapier's REST hook URLs live on this host, over https. */
export const ZAPIER_HOOK_HOSTS = ['hooks.zapier.com'];

/**
 * Whether the relay may POST to `hookUrl`: only to the hosts its owner allows, so a subscription
 * can never turn the relay into a way of reaching other machines. A rule is a host name (https
 * only, `hooks.zapier.com`) or an origin with its scheme (`http://127.0.0.1` for tests); a port
 * in the rule must match too.
 */
export const hookUrlAllowed = (hookUrl: string, rules: string[]): boolean => {
  let url: URL;
  try {
    url = new URL(hookUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return rules.some((rule) => {
    const allowed = new URL(rule.includes('://') ? rule : `https://${rule}`);
    return (
      url.protocol === allowed.protocol &&
      url.hostname === allowed.hostname &&
      (allowed.port === '' || url.port === allowed.port)
    );
  });
};

export const hookRulesFrom = (setting: string | undefined): string[] =>
  setting
    ? setting
        .split(',')
        .map((rule) => rule.trim())
        .filter(Boolean)
    : ZAPIER_HOOK_HOSTS;
