// `npm run dev` checks the content the way `npm run build` does: the same checker script, with the same Swedish
// messages, when the dev server starts and again after every change under content/.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The checker (`npm run check:content`); `npm run build` runs it when the build fails on its content. */
export const CHECKER = 'scripts/check-content.ts';

/** Runs `check` at most once at a time; calls made while it runs are merged into one more run after it. */
export function coalesce(check: (done: () => void) => void): () => void {
  let running = false;
  let pending = false;
  const run = (): void => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    check(() => {
      running = false;
      if (pending) {
        pending = false;
        run();
      }
    });
  };
  return run;
}

export function contentCheckInDev(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'oppna-partnerskap:innehallskontroll',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const checker = join(root, CHECKER);
        if (!existsSync(checker)) return;
        const contentDir = join(root, 'content') + sep;
        const run = coalesce((done) =>
          execFile(
            process.execPath,
            [checker, root],
            { cwd: root, maxBuffer: 16 * 1024 * 1024 },
            (error, stdout, stderr) => {
              const report = `${stdout}${stderr}`.trim();
              if (error) logger.error(`Innehållet har fel (samma kontroll som npm run build):\n${report}`);
              else logger.info(report || 'Innehållet är kontrollerat: inga fel.');
              done();
            },
          ),
        );
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentDir)) return;
          clearTimeout(timer);
          timer = setTimeout(run, 150);
        });
        run();
      },
    },
  };
}
