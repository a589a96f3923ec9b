import { TestBed } from '@angular/core/testing';
import { I18n, LANGUAGE_STORAGE_KEY } from '../../../core/i18n/i18n';
import { provideKoersCharts } from '../../../shared/charts/chart-setup';
import { reportDocument } from '../testing/reports-fixtures';
import { ReportView } from './report-view';

describe('ReportView', () => {
  beforeEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));
  afterEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));

  async function render(titleLevel: 1 | 2 = 2, language: 'nl' | 'en' = 'nl') {
    TestBed.configureTestingModule({ providers: [provideKoersCharts()] });
    TestBed.inject(I18n).use(language);
    const fixture = TestBed.createComponent(ReportView);
    fixture.componentRef.setInput('report', reportDocument());
    fixture.componentRef.setInput('titleLevel', titleLevel);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const texts = (element: HTMLElement, selector: string) => [...element.querySelectorAll(selector)].map((node) => node.textContent?.trim());

  it('heads the report with title, subtitle, school and the Dutch date and time in Amsterdam', async () => {
    const element = await render();
    expect(element.querySelector('h2.title')?.textContent).toBe('LOB-verslag schooljaar 2026-2027');
    expect(element.querySelector('.subtitle')?.textContent).toBe('Bereik, betrokkenheid en keuzeverschuiving naar kansrijke opleidingen');
    expect(element.querySelector('.meta')?.textContent).toContain('Demo College');
    expect(element.querySelector('.generated')?.textContent).toBe('Gemaakt op 4 december 2026 om 17:05');
  });

  it('makes the title the h1 on a page of its own, with sections one level down', async () => {
    const element = await render(1);
    expect(element.querySelector('h1')?.textContent).toBe('LOB-verslag schooljaar 2026-2027');
    expect(texts(element, 'h2.section-heading')).toEqual(['Samenvatting', 'Per leerjaar', 'Toelichting']);
    expect(element.querySelector('app-bar-chart h3')?.textContent).toBe('Kansrijke eerste keuze, voor en na');
  });

  it('sets the generated sentence apart from the other paragraphs', async () => {
    const element = await render();
    const paragraphs = [...element.querySelectorAll('p.paragraph')];
    expect(paragraphs.map((paragraph) => paragraph.classList.contains('emphasis'))).toEqual([true, false]);
    expect(paragraphs[0].textContent).toContain('achteraf 69%');
  });

  it('shows tables with caption, column and row headers, suppressed cells as the server wrote them and missing ones as "—"', async () => {
    const element = await render();
    const region = element.querySelector('.table-block .table-scroll');
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(element.querySelector(`#${region?.getAttribute('aria-labelledby')}`)?.textContent).toBe('Bereik per leerjaar');
    expect(texts(element, '.table-block thead th')).toEqual(['Groep', 'Leerlingen', 'Bereikt', 'Echtheid (1–5)', 'Kansrijk voor / na']);
    expect(element.querySelectorAll('.table-block thead th[scope="col"]').length).toBe(5);
    const rows = [...element.querySelectorAll('.table-block tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['leerjaar 2', '<10', '—', '—', '—'],
      ['leerjaar 3', '81', '<5', '3,8', '47% / 68%'],
    ]);
    expect(element.querySelector('.table-block tbody th')?.getAttribute('scope')).toBe('row');
  });

  it('draws the bar chart with its summary', async () => {
    const element = await render();
    expect(element.querySelector('app-bar-chart .summary')?.textContent).toContain('leerjaar 3: 47% voor, 68% na.');
  });

  it('ends with the notes', async () => {
    const element = await render();
    expect(texts(element, '.notes li')).toEqual([
      'Groepen met minder dan 10 leerlingen krijgen geen cijfers ("<10"); aantallen van 1 tot en met 4 staan er als "<5".',
      'Zonder vergelijkingsgroep weten we niet zeker of een verschuiving door de lessen komt.',
    ]);
    expect(element.querySelector('article')?.lastElementChild?.classList.contains('notes')).toBeTrue();
  });

  it('translates its own labels, not the report', async () => {
    const element = await render(2, 'en');
    expect(element.querySelector('.generated')?.textContent).toBe('Generated on 4 December 2026 at 17:05');
    expect(element.querySelector('.notes h3')?.textContent).toBe('Notes');
  });
});
