import { type KeyObject, createPublicKey, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import type { Json } from '../store';

export interface WebhookSender {
  /** The PEM of the key the sandbox signs with: the relay's GHL_WEBHOOK_ED25519_PUBLIC_KEY. */
  publicKeyPem: string;
  /** Signs and sends one event (GHL adds `webhookId` and `timestamp` to every body). */
  emit(type: string, locationId: string, fields: Json): void;
  /** Resolves once every event emitted so far was answered (or given up). */
  settled(): Promise<void>;
  sent: Array<{ type: string; locationId: string; webhookId: string; status: number }>;
}

/** GHL retries a webhook only when the receiver answers 429. */
const RETRIES_ON_429 = 3;

/**
 * GHL's webhook delivery, to one URL (the marketplace app's), signed over the raw body with the
 * sandbox's own Ed25519 key in `x-ghl-signature`, as GHL signs with its key.
 */
export const webhookSender = (url: string, clock: () => number, signingKey?: KeyObject): WebhookSender => {
  const privateKey = signingKey ?? generateKeyPairSync('ed25519').privateKey;
  const publicKey = createPublicKey(privateKey);
  const pending = new Set<Promise<void>>();
  const sent: WebhookSender['sent'] = [];
  const post = async (body: string, key: KeyObject, attempt = 0): Promise<number> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-ghl-signature': sign(null, Buffer.from(body), key).toString('base64'),
      },
      body,
    });
    await response.arrayBuffer();
    if (response.status === 429 && attempt < RETRIES_ON_429) {
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      return post(body, key, attempt + 1);
    }
    return response.status;
  };
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    emit(type, locationId, fields) {
      const webhookId = randomUUID();
      const body = JSON.stringify({
        type,
        locationId,
        ...fields,
        webhookId,
        timestamp: new Date(clock()).toISOString(),
      });
      const sending: Promise<void> = post(body, privateKey)
        .then((status) => void sent.push({ type, locationId, webhookId, status }))
        .catch(() => void sent.push({ type, locationId, webhookId, status: 0 }))
        .finally(() => pending.delete(sending));
      pending.add(sending);
    },
    async settled() {
      while (pending.size) await Promise.all([...pending]);
    },
    sent,
  };
};
