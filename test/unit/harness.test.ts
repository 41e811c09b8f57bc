import { appTester, bundleWith } from '../helpers';

/**
 * The test harness itself: zapier-platform-core would exit the process after 250 invocations
 * at high memory (a Lambda safety valve). jest.config maps that check away; this shows it.
 */
it('keeps the jest worker alive through hundreds of invocations at high memory', async () => {
  const real = process.memoryUsage;
  const fake = Object.assign(() => ({ ...real(), rss: 10 * 1000 * 1000 * 1000 }), {
    rss: () => 10 * 1000 * 1000 * 1000,
  });
  process.memoryUsage = fake as typeof process.memoryUsage;
  try {
    const trivial = async () => ({ ok: true });
    for (let i = 0; i < 260; i += 1) await appTester(trivial as never, bundleWith({}));
  } finally {
    process.memoryUsage = real;
  }
  expect(true).toBe(true);
}, 60_000);
