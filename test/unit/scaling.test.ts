import { describe, expect, it } from 'vitest';
import { growthRatio, LINEAR_BOUND } from './scaling';

// The yardstick the linear-time tests use must tell quadratic work from linear work, or those tests cannot fail.
describe('growthRatio', () => {
  const input = (n: number) => '<div>'.repeat(n);

  it('puts a quadratic scan above the linear bound', () => {
    const quadratic = (s: string) => {
      let hits = 0;
      for (let i = 0; i < s.length; i += 16) for (let j = i; j < s.length; j++) hits += s.charCodeAt(j) === 122 ? 1 : 0;
      return hits;
    };
    expect(growthRatio(input, quadratic, 500)).toBeGreaterThan(LINEAR_BOUND);
  });

  it('puts a linear pass that allocates below it', () => {
    expect(growthRatio(input, (s) => s.split('<').join('['), 2000)).toBeLessThan(LINEAR_BOUND);
  });
});
