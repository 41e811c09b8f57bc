/**
 * What a request path may look like for an endpoint template: each `{param}` filled with one
 * segment of ID or key characters that cannot start with a dot, so "." and ".." never match.
 */
export const pathTemplate = (path: string): RegExp =>
  new RegExp(`^${path.replace(/\/$/, '').replace(/\{[^}]+\}/g, '[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}')}/?$`);
