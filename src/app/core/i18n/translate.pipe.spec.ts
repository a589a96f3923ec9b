import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18n, LANGUAGE_STORAGE_KEY } from './i18n';
import { TranslatePipe } from './translate.pipe';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<p>{{ 'student.greeting' | t: { name: 'Daan' } }}</p>`,
})
class Host {}

describe('TranslatePipe', () => {
  afterEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));

  it('re-renders an OnPush template when the language changes', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('Hoi Daan!');

    TestBed.inject(I18n).use('en');
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('Hi Daan!');
  });
});
