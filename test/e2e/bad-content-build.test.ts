import { afterEach, describe, expect, it } from 'vitest';
import { build, projectWith, removeProjectCopies } from '../support/project-build';

afterEach(removeProjectCopies);

describe('a build with bad content', () => {
  it('fails when a required field is removed, naming the file and the field', async () => {
    const file = 'content/documents/uppfoljning-social-gemenskap-2020.mdx';
    const { failed, output } = await build(projectWith(file, (text) => text.replace(/^title: .*\n/m, '')));
    expect(failed).toBe(true);
    expect(output).toContain(file);
    expect(output).toContain('title: en text: fältet saknas, lägg till det');
  });

  it('fails on a personal identity number in a document body, naming the file and the field', async () => {
    const file = 'content/documents/uppfoljning-social-gemenskap-2020.mdx';
    const { failed, output } = await build(projectWith(file, (text) => `${text}\nKontaktperson 19811218-9876.\n`));
    expect(failed).toBe(true);
    expect(output).toContain(`${file} → body (brödtext): fick "19811218-9876"; förväntade ingen personnummer-uppgift`);
  });

  it('fails on a reference to an organisation that does not exist (Astro itself only logs it)', async () => {
    const file = 'content/partnerships/socialt-och-ekonomiskt-utsatta.mdx';
    const { failed, output } = await build(
      projectWith(file, (text) =>
        text.replace('- organisation: hjarta-till-hjarta', '- organisation: hjarta-till-hjarta-ab'),
      ),
    );
    expect(failed).toBe(true);
    expect(output).toContain(
      `${file} → ideaParties[1].organisation: förväntade en befintlig post i organisations; "hjarta-till-hjarta-ab" finns inte`,
    );
  });
});
