import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { StaffLoginRequest } from '@koers/contracts';
import { LANGUAGE_STORAGE_KEY } from '../../../core/i18n/i18n';
import { appError } from '../../../testing/fixtures';
import { SignInForm } from './sign-in-form';

describe('SignInForm', () => {
  beforeEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));

  async function render() {
    const fixture = TestBed.createComponent(SignInForm);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const submitted: StaffLoginRequest[] = [];
    fixture.componentInstance.submitted.subscribe((credentials) => submitted.push(credentials));
    await fixture.whenStable();
    const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    const submit = () => loader.getHarness(MatButtonHarness.with({ text: 'Inloggen' })).then((button) => button.click());
    return { fixture, field, submit, submitted };
  }

  it('shows a message next to each empty field and does not submit', async () => {
    const { field, submit, submitted } = await render();
    await submit();
    expect(await (await field('E-mailadres')).getTextErrors()).toEqual(['Vul je e-mailadres in.']);
    expect(await (await field('Wachtwoord')).getTextErrors()).toEqual(['Vul je wachtwoord in.']);
    expect(submitted).toEqual([]);
  });

  it('explains an e-mail address that is not valid', async () => {
    const { field, submit } = await render();
    const email = await (await field('E-mailadres')).getControl(MatInputHarness);
    await email?.setValue('decaan-at-school');
    await submit();
    expect(await (await field('E-mailadres')).getTextErrors()).toEqual([
      'Dit is geen geldig e-mailadres, bijvoorbeeld naam@school.nl.',
    ]);
  });

  it('emits the credentials, with the e-mail address trimmed', async () => {
    const { field, submit, submitted } = await render();
    await (await (await field('E-mailadres')).getControl(MatInputHarness))?.setValue(' decaan@demo.koers.nl ');
    await (await (await field('Wachtwoord')).getControl(MatInputHarness))?.setValue('koers-demo');
    await submit();
    expect(submitted).toEqual([{ email: 'decaan@demo.koers.nl', password: 'koers-demo' }]);
  });

  it('shows a wrong password as a clear Dutch message', async () => {
    const { fixture } = await render();
    fixture.componentRef.setInput('error', appError('invalid_credentials', { status: 401 }));
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('Het e-mailadres of het wachtwoord klopt niet.');
  });

  it('disables the button while signing in', async () => {
    const { fixture } = await render();
    fixture.componentRef.setInput('pending', true);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: /Inloggen/ }))).isDisabled()).toBeTrue();
  });
});
