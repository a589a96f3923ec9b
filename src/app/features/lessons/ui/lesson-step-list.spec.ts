import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { LessonStepView } from '@koers/contracts';
import { LessonStepList } from './lesson-step-list';

const steps: LessonStepView[] = [
  { id: 'a', type: 'keuzemeting-voor', title: 'Keuzemeting vooraf', minutes: 2 },
  { id: 'b', type: 'video', moduleId: 'm', moduleVersion: 1, title: 'Timmerman', minutes: 1 },
  { id: 'c', type: 'keuzemeting-na', title: 'Keuzemeting achteraf', minutes: 2 },
];

describe('LessonStepList', () => {
  function setUp() {
    const fixture = TestBed.createComponent(LessonStepList);
    fixture.componentRef.setInput('steps', steps);
    const moves: { from: number; to: number }[] = [];
    const removals: number[] = [];
    fixture.componentInstance.moved.subscribe((move) => moves.push(move));
    fixture.componentInstance.removed.subscribe((index) => removals.push(index));
    return { loader: TestbedHarnessEnvironment.loader(fixture), moves, removals };
  }

  it('moves a step up and down with its buttons, which work by keyboard', async () => {
    const { loader, moves } = setUp();
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Timmerman omhoog"]' }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Timmerman omlaag"]' }))).click();
    expect(moves).toEqual([
      { from: 1, to: 0 },
      { from: 1, to: 2 },
    ]);
  });

  it('cannot move the first step up or the last step down', async () => {
    const { loader } = setUp();
    expect(await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Keuzemeting vooraf omhoog"]' }))).isDisabled()).toBeTrue();
    expect(await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Keuzemeting achteraf omlaag"]' }))).isDisabled()).toBeTrue();
  });

  it('removes a step', async () => {
    const { loader, removals } = setUp();
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Timmerman verwijderen"]' }))).click();
    expect(removals).toEqual([1]);
  });
});
