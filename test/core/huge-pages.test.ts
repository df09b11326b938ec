/**
 * The environment of the OCR and decoder children: glibc asked for huge pages, a user's own tunables kept.
 */
import { describe, expect, it } from 'vitest';
import { hugePageEnv } from '../../src/core/huge-pages.js';

describe('hugePageEnv', () => {
  it('asks for huge pages, keeping the rest of the environment', () => {
    const env = hugePageEnv({ PATH: '/usr/bin', LANG: 'C.UTF-8' });
    expect(env).toEqual({ PATH: '/usr/bin', LANG: 'C.UTF-8', GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' });
  });

  it("adds to the user's other tunables", () => {
    expect(hugePageEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }).GLIBC_TUNABLES).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
  });

  it("keeps the user's own hugetlb setting, even one that switches it off", () => {
    const env = { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0:glibc.malloc.arena_max=2' };
    expect(hugePageEnv(env).GLIBC_TUNABLES).toBe('glibc.malloc.hugetlb=0:glibc.malloc.arena_max=2');
  });
});
