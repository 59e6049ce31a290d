import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateValidator } from '../../../scripts/gen-validator';

describe('the compiled annotation schema', () => {
  it('is current: regenerate with `npm run gen:validator` after changing the schema', () => {
    expect(readFileSync('src/core/annotation/validator.generated.js', 'utf8')).toBe(generateValidator());
  });
});
