import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { VideoRating } from '../tracking/statements';
import { RatingForm } from './rating-form';

describe('RatingForm', () => {
  it('asks both questions before sending, with an optional comment', async () => {
    const fixture = TestBed.createComponent(RatingForm);
    const rated: VideoRating[] = [];
    let skipped = 0;
    fixture.componentInstance.rated.subscribe((rating) => rated.push(rating));
    fixture.componentInstance.skipped.subscribe(() => skipped++);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const next = await loader.getHarness(MatButtonHarness.with({ text: 'Volgende' }));

    await (await loader.getHarness(MatButtonToggleHarness.with({ text: '5' }))).check();
    await next.click();
    expect(fixture.nativeElement.querySelector('[role="alert"]')?.textContent).toContain('Kies bij beide vragen');
    expect(rated).toEqual([]);

    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Nee' }))).check();
    await (await loader.getHarness(MatInputHarness)).setValue(' Te snel ');
    await next.click();
    expect(rated).toEqual([{ realism: 5, learned: 'nee', comment: 'Te snel' }]);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Overslaan' }))).click();
    expect(skipped).toBe(1);
  });
});
