import { expect, test } from '@playwright/test';

/**
 * The source reader up close: notes in the margin level with their passages (measured from the
 * boxes), and a passage's link and citation copied to the clipboard.
 */

const SOURCES = async (request: import('@playwright/test').APIRequestContext) =>
  ((await (await request.get('/api/sources')).json()).sources as { id: string }[]).map((s) => s.id);

test('on a wide screen every note sits level with its passage, in every source', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const report: string[] = [];
  for (const id of await SOURCES(request)) {
    await page.goto(`/sources/${id}`);
    await expect(page.getByTestId('source-text')).toHaveAttribute('data-notes-placed', 'true');
    const gaps = await page.evaluate(() => {
      const text = document.querySelector('[data-testid="source-text"]')!;
      return [...text.querySelectorAll<HTMLElement>('.passage-label')].map((label) => {
        const marks = [...text.querySelectorAll(`mark[data-passages~="${label.dataset.passage}"]`)];
        const l = label.getBoundingClientRect();
        const first = marks[0]!.getBoundingClientRect();
        const last = marks.at(-1)!.getBoundingClientRect();
        const inline = label.dataset.inline === 'true';
        // In the margin: to the right of the text, from its passage's first line down. Inline:
        // on the passage's last line or the line after it.
        return inline
          ? { inline, dy: l.top - first.top, ok: l.top >= first.top - 12 && l.top <= last.bottom + 32 }
          : { inline, dy: l.top - first.top, ok: l.left >= text.getBoundingClientRect().right - 1 && l.top - first.top >= -1 };
      });
    });
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((g) => !g.ok)).toEqual([]);
    const margin = gaps.filter((g) => !g.inline).map((g) => g.dy).sort((a, b) => a - b);
    const median = margin[Math.floor(margin.length / 2)] ?? 0;
    const worst = margin.at(-1) ?? 0;
    report.push(
      `${id}: ${gaps.length} notes, ${margin.length} in the margin (median ${median.toFixed(0)} px, worst ${worst.toFixed(0)} px below the passage top), ${gaps.length - margin.length} inline`,
    );
    // Most notes stand in the margin, and none further than 100 px (three or four lines of 28 px) below its passage's top.
    expect(margin.length).toBeGreaterThan(gaps.length / 2);
    expect(worst).toBeLessThanOrEqual(100);
  }
  console.log(report.join('\n'));
  await test.info().attach('note distances', { body: report.join('\n'), contentType: 'text/plain' });
  await page.screenshot({ path: 'artifacts/screenshots/reader-notes.png' });
});

test('"Copy link" and "Copy citation" put the passage on the clipboard and say so', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const item = await (await request.get('/api/collections/exercises/items/ex-three-brothers-2021')).json();
  const citation = item.properties.citations[0];
  await page.goto(new URL(citation.href).pathname);
  const label = page.locator(`.passage-label[data-passage="q-${citation.start}-${citation.end}"]`);

  await label.getByRole('button', { name: 'Copy link' }).click();
  await expect(label.getByRole('status')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/sources/${citation.source.id}#q-${citation.start}-${citation.end}:~:text=`));

  await label.getByRole('button', { name: 'Copy citation' }).click();
  await expect(label.getByRole('status')).toHaveText('Citation copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(citation.source.title);
  expect(text).toContain(`Passage: “${citation.quote}”`);
  expect(text).toContain(`#q-${citation.start}-${citation.end}`);

  // The copied link opens the reader at that passage.
  await page.goto(link);
  await expect(page.locator(`mark.passage-target[data-passages~="q-${citation.start}-${citation.end}"]`).first()).toBeInViewport();
});
