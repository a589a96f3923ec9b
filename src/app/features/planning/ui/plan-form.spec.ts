import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { CreateSchedulesRequest, LessonSummary } from '@koers/contracts';
import { classSummary } from '../../../testing/fixtures';
import { PlanForm } from './plan-form';

const lesson: LessonSummary = { id: 'lesson-1', title: 'Kansrijk kiezen', version: 3, lengthMinutes: 50, totalMinutes: 40, stepCount: 5, scheduleCount: 0, updatedAt: '' };

describe('PlanForm', () => {
  async function setUp() {
    const fixture = TestBed.createComponent(PlanForm);
    fixture.componentRef.setInput('lessons', [lesson]);
    fixture.componentRef.setInput('classes', [classSummary({ id: 'c1', name: 'H3A' }), classSummary({ id: 'c2', name: 'V2A' })]);
    const emitted: CreateSchedulesRequest[] = [];
    fixture.componentInstance.submitted.subscribe((request) => emitted.push(request));
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const [lessonSelect, classSelect] = await loader.getAllHarnesses(MatSelectHarness);
    const [from, to] = await loader.getAllHarnesses(MatDatepickerInputHarness);
    const submit = await loader.getHarness(MatButtonHarness.with({ text: 'Plannen' }));
    return { fixture, emitted, lessonSelect, classSelect, from, to, submit };
  }

  it('plans the latest version of the lesson for the chosen classes and window', async () => {
    const { emitted, lessonSelect, classSelect, from, to, submit } = await setUp();
    await lessonSelect.open();
    await lessonSelect.clickOptions({ text: /Kansrijk kiezen/ });
    await classSelect.open();
    await classSelect.clickOptions({ text: /H3A/ });
    await classSelect.clickOptions({ text: /V2A/ });
    await classSelect.close();
    await from.setValue('1-12-2026');
    await to.setValue('8-12-2026');
    await submit.click();
    expect(emitted).toEqual([{ lessonId: 'lesson-1', lessonVersion: 3, classIds: ['c1', 'c2'], startsOn: '2026-12-01', endsOn: '2026-12-08' }]);
  });

  it('sends nothing and says why when the window ends before it starts', async () => {
    const { fixture, emitted, lessonSelect, classSelect, from, to, submit } = await setUp();
    await lessonSelect.open();
    await lessonSelect.clickOptions({ text: /Kansrijk kiezen/ });
    await classSelect.open();
    await classSelect.clickOptions({ text: /H3A/ });
    await classSelect.close();
    await from.setValue('8-12-2026');
    await to.setValue('1-12-2026');
    await to.blur();
    await submit.click();
    expect(emitted).toEqual([]);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('De einddatum ligt voor de begindatum.');
  });

  it('reads dates typed the Dutch way and says when a date cannot be read', async () => {
    const { fixture, from, submit } = await setUp();
    await from.setValue('31-2-2026');
    await from.blur();
    await submit.click();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Deze datum klopt niet');
  });
});
