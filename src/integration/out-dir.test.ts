import { describe, expect, it } from 'vitest';
import { assertOutDirBuildable } from './out-dir.ts';

describe('assertOutDirBuildable', () => {
  it('accepts an output folder inside the project, or anywhere whose path does not begin with the project’s', () => {
    for (const outDir of ['/home/me/site/dist', '/home/me/site/dist-preview', '/tmp/site-dist', '/home/me/other']) {
      expect(() => assertOutDirBuildable({ outDir, cwd: '/home/me/site' }), outDir).not.toThrow();
    }
  });

  it('stops a sibling whose name begins with the project folder’s, and says where to build instead', () => {
    expect(() => assertOutDirBuildable({ outDir: '/home/me/site-dist', cwd: '/home/me/site' })).toThrow(
      /beside the project folder \/home\/me\/site/,
    );
    expect(() => assertOutDirBuildable({ outDir: '/home/me/site2/out', cwd: '/home/me/site' })).toThrow(
      '--outDir /home/me/built-site',
    );
  });
});
