import { describe, expect, it } from 'vitest';
import { findIntegrityErrors } from '../../src/lib/integrity';
import { loadContent } from '../support/load-content';

describe('the published content', () => {
  it('passes the schemas and every integrity rule', () => {
    const content = loadContent(process.cwd());
    expect(content.partnerships.map((p) => p.id).sort()).toEqual([
      'social-gemenskap-och-kamratstod',
      'socialt-och-ekonomiskt-utsatta',
    ]);
    expect(findIntegrityErrors(content)).toEqual([]);
  });
});
