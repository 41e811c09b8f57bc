import { createPublicKey, createVerify, type KeyObject, verify } from 'node:crypto';

/**
 * GHL signs each webhook over its raw body. `x-ghl-signature` is Ed25519 (GHL's current scheme);
 * `x-wh-signature` is RSA-SHA256 (the older one, still sent beside it during the move), both
 * base64. The keys are GHL's published ones unless the relay's owner gives others (PEM).
 */
const GHL_ED25519_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=
-----END PUBLIC KEY-----`;

const GHL_RSA_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
-----END PUBLIC KEY-----`;

export interface GhlKeys {
  ed25519: KeyObject;
  rsa: KeyObject;
}

/** Env editors turn a PEM's line breaks into "\n": put them back. */
const pem = (text: string) => text.replace(/\\n/g, '\n').trim();

export const ghlKeys = (env: NodeJS.ProcessEnv = process.env): GhlKeys => ({
  ed25519: createPublicKey(pem(env.GHL_WEBHOOK_ED25519_PUBLIC_KEY ?? GHL_ED25519_PUBLIC_KEY)),
  rsa: createPublicKey(pem(env.GHL_WEBHOOK_PUBLIC_KEY ?? GHL_RSA_PUBLIC_KEY)),
});

const header = (value: string | string[] | undefined) => (typeof value === 'string' && value ? value : undefined);

/** Whether GHL signed this raw body: Ed25519 when its header is there, else RSA; neither is a no. */
export const signedByGhl = (raw: Buffer, headers: Record<string, string | string[] | undefined>, keys: GhlKeys) => {
  const ed25519 = header(headers['x-ghl-signature']);
  try {
    if (ed25519) return verify(null, raw, keys.ed25519, Buffer.from(ed25519, 'base64'));
    const rsa = header(headers['x-wh-signature']);
    if (!rsa) return false;
    return createVerify('SHA256').update(raw).verify(keys.rsa, rsa, 'base64');
  } catch {
    return false;
  }
};
