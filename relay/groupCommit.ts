/**
 * Group commit: what arrives while a flush is under way, or in the same turn of the event loop,
 * is flushed together (one transaction, one write to disk), and each caller is answered with
 * its own result, or with the batch's error when the flush fails (then nothing of it was kept).
 */
export const groupCommit = <T, R>(flush: (items: T[]) => Promise<R[]>, maxBatch = 500) => {
  const queue: Array<{ item: T; resolve: (result: R) => void; reject: (error: unknown) => void }> = [];
  let flushing = false;
  const drain = async () => {
    while (queue.length) {
      const batch = queue.splice(0, maxBatch);
      try {
        const results = await flush(batch.map((entry) => entry.item));
        batch.forEach((entry, i) => entry.resolve(results[i]!));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    flushing = false;
  };
  return (item: T) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (flushing) return;
      flushing = true;
      setImmediate(() => void drain());
    });
};
