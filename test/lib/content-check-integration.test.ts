import { describe, expect, it } from 'vitest';
import { coalesce } from '../../src/integrations/content-check';

describe('the dev server’s content check', () => {
  it('runs one check at a time and merges calls made meanwhile into one more run', () => {
    const finish: (() => void)[] = [];
    let runs = 0;
    const run = coalesce((done) => {
      runs += 1;
      finish.push(done);
    });
    run();
    run();
    run();
    expect(runs).toBe(1);
    finish.shift()!();
    expect(runs).toBe(2);
    finish.shift()!();
    expect(runs).toBe(2);
    run();
    expect(runs).toBe(3);
  });
});
