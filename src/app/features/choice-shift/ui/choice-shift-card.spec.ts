import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { ChoiceShiftReport } from '@koers/contracts';
import { I18n } from '../../../core/i18n/i18n';
import { fullReport, suppressedReport } from '../testing/choice-shift-fixtures';
import { ChoiceShiftCard } from './choice-shift-card';

describe('ChoiceShiftCard', () => {
  beforeEach(() => TestBed.inject(I18n).use('nl'));
  afterEach(() => TestBed.inject(I18n).use('nl'));

  async function render(report: ChoiceShiftReport) {
    const fixture = TestBed.createComponent(ChoiceShiftCard);
    fixture.componentRef.setInput('report', report);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    /** Visible text with collapsed white space and plain spaces for no-break spaces. */
    const text = (root: Element | null = element) => (root?.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
    /** A table row as its cells' texts joined by single spaces. */
    const row = (tr: Element) => Array.from(tr.querySelectorAll('th, td')).map((cell) => text(cell)).join(' ');
    return { fixture, element, text, row, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('shows no figures for fewer than 10 pairs, says why calmly, and how many more are needed', async () => {
    const { element, text } = await render(suppressedReport());
    expect(text(element.querySelector('.suppressed'))).toContain(
      'Te weinig gekoppelde metingen (minder dan 10): om leerlingen te beschermen tonen we geen cijfers.',
    );
    expect(text(element.querySelector('.suppressed'))).toContain('Er zijn nog 4 gekoppelde metingen nodig (nu 6, minimaal 10).');
    expect(text()).toContain('respons 6 van 8 = 75 %');
    expect(element.querySelector('svg')).toBeNull();
    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelector('.statistics')).toBeNull();
    expect(text(element.querySelector('.caution span'))).toBe('Zonder vergelijkingsgroep weten we niet zeker of dit door de les komt.');
  });

  it('puts the generated sentence first, with the counts and the response rate', async () => {
    const { element, text } = await render(fullReport());
    expect(text(element.querySelector('.sentence'))).toBe('In klas H3A koos na de les 61 % een kansrijke eerste keuze, tegen 39 % ervoor.');
    const counts = Array.from(element.querySelectorAll('.counts div')).map((pair) => `${text(pair.querySelector('dt'))}: ${text(pair.querySelector('dd'))}`);
    expect(counts).toEqual(['n voor: 26', 'n na: 24', 'n gekoppeld: 23']);
    expect(text(element.querySelector('.response'))).toBe('respons 23 van 26 = 88 %');
    const lines = Array.from(element.querySelectorAll('.figure .n')).map((n) => text(n));
    expect(lines.length).toBe(6);
    expect(new Set(lines)).toEqual(new Set(['n = 23 gekoppeld · respons 23 van 26 = 88 %']));
  });

  it('gives the kansrijk shift with Dutch decimal commas: difference, McNemar p and mid-p, odds ratio', async () => {
    const { element, text } = await render(fullReport());
    const statistics = Array.from(element.querySelectorAll('.kansrijk .statistics li')).map((li) => text(li));
    expect(statistics).toEqual([
      'Verschil: +22 procentpunt (95%-interval +2 tot +39)',
      'McNemar (exact): p = 0,04 · mid-p: p = 0,03',
      'Odds ratio (gepaard): 6,00 (95%-interval [1,20; 55,30])',
    ]);
  });

  it('draws the intervals with a text alternative, and shows the same numbers as a table on request', async () => {
    const { element, row, loader } = await render(fullReport());
    const chart = element.querySelector('.kansrijk svg');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(chart?.getAttribute('aria-label')?.replace(/\u00a0/g, ' ')).toBe(
      'Aandeel kansrijk voor: 39 % (95%-interval 22–59 %); na: 61 % (95%-interval 41–78 %).',
    );
    const toggle = await loader.getHarness(MatButtonHarness.with({ text: /Toon als tabel/ }));
    expect(await (await toggle.host()).getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await (await toggle.host()).getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('.kansrijk svg')).toBeNull();
    const rows = Array.from(element.querySelectorAll('.kansrijk table.data:not(.pairs) tbody tr')).map(row);
    expect(rows).toEqual(['Voor 39 % 22–59 % 9', 'Na 61 % 41–78 % 14']);
    const pairs = Array.from(element.querySelectorAll('.kansrijk table.pairs tr')).map(row);
    expect(pairs).toEqual(['Voor én na kansrijk 8', 'Alleen voor kansrijk <5', 'Alleen na kansrijk 6', 'Voor noch na kansrijk •']);
  });

  it('shows the transition matrix as a table with sector names and suppressed cells as they are, with a footnote', async () => {
    const { element, text, row } = await render(fullReport());
    const table = element.querySelector('.transitions table');
    const headers = Array.from(table?.querySelectorAll('thead th[scope="col"]') ?? []).map((th) => text(th));
    expect(headers).toEqual(['Zorg & welzijn', 'ICT', 'Weet ik nog niet', 'Opleiding buiten de catalogus']);
    const rows = Array.from(table?.querySelectorAll('tbody tr') ?? []).map(row);
    expect(rows).toEqual([
      'Zorg & welzijn 6 <5 0 •',
      'ICT <5 5 0 0',
      'Weet ik nog niet <5 • 0 0',
      'Opleiding buiten de catalogus 0 0 0 <5',
    ]);
    expect(table?.querySelectorAll('tbody th[scope="row"]').length).toBe(4);
    expect(text(element.querySelector('.transitions .footnote'))).toContain('"<5" betekent 1 tot 4 leerlingen');
  });

  it('draws the transitions as flows: cells of 5 or more each, the rest of the pairs as one "overig" band', async () => {
    const { element, text, loader, fixture } = await render(fullReport());
    const sankey = element.querySelector('.transitions app-sankey-chart');
    expect(text(sankey?.querySelector('.summary') ?? null)).toBe('Grootste groep: bleef bij Overig (12 van 23 leerlingen in de grafiek).');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Toon als tabel/, ancestor: 'app-sankey-chart' }))).click();
    await fixture.whenStable();
    const rows = Array.from(sankey?.querySelectorAll('tbody tr') ?? []).map((tr) => Array.from(tr.children).map((cell) => text(cell)).join(' | '));
    expect(rows).toEqual(['Zorg & welzijn | Zorg & welzijn | 6', 'ICT | ICT | 5', 'Overig | Overig | 12']);
    expect(text(element.querySelector('.transitions'))).toContain('samengevoegd tot "overig"');
  });

  it('shows the prospect scores of the first choice before and after, with suppressed cells as they are', async () => {
    const { element, row } = await render(fullReport());
    const rows = Array.from(element.querySelectorAll('.scores tbody tr')).map(row);
    expect(rows).toEqual(['1 0 0', '2 <5 <5', '3 • •', '4 • 9', '5 <5 5', 'Geen score 0 0']);
    expect(element.querySelector('.scores')).not.toBeNull();
    const suppressed = await render(suppressedReport());
    expect(suppressed.element.querySelector('.scores')).toBeNull();
    expect(suppressed.element.querySelector('app-sankey-chart')).toBeNull();
  });

  it('says in words why there is no flow chart when every flow is smaller than 5', async () => {
    const { element, text } = await render(fullReport({ transitions: { categories: ['ict', 'weet-niet'], cells: [['<5', '•'], ['<5', '•']] } }));
    expect(element.querySelector('app-sankey-chart')).toBeNull();
    expect(text(element.querySelector('.transitions .no-flows'))).toContain('kleiner dan 5 leerlingen');
  });

  it('reports the prospect score and certainty change with Wilcoxon, rank-biserial and the dropped equal pairs', async () => {
    const { element, text } = await render(fullReport());
    const [prospect, certainty] = Array.from(element.querySelectorAll('.scale')).map((section) => text(section));
    expect(prospect).toContain('Perspectiefscore van de eerste keuze');
    expect(prospect).toContain('Gemiddeld voor 3,2, na 3,6 (verandering +0,4)');
    expect(prospect).toContain('Wilcoxon-rangtekentoets (exact): p = 0,03 · rank-biserial r = +0,52');
    expect(prospect).toContain('4 gelijke paren niet meegeteld');
    expect(certainty).toContain('Wilcoxon-rangtekentoets (normale benadering): p = 0,005 · rank-biserial r = +0,61');
    expect(certainty).not.toContain('gelijke paren');
  });

  it('bounds the result for missing "na" measurements and hints at the sample size needed', async () => {
    const { element, text, row } = await render(fullReport());
    const rows = Array.from(element.querySelectorAll('.missing tbody tr')).map(row);
    expect(rows).toEqual([
      'Alleen gekoppelde leerlingen 39 % 61 % +22 procentpunt',
      'Gunstigst (ontbrekenden kansrijk) 35 % 65 % +31 procentpunt',
      'Ongunstigst (ontbrekenden niet kansrijk) 46 % 54 % +8 procentpunt',
      'Geen verandering bij ontbrekenden 38 % 58 % +19 procentpunt',
    ]);
    // 3 missing is a count of 1–4: not shown exactly.
    expect(text(element.querySelector('.missing'))).toContain('Minder dan 5 leerlingen hebben wel een meting vooraf');
    expect(text(element.querySelector('.sample-size'))).toBe(
      'Om een verandering van 10 procentpunt aan te tonen (80 % kans, α = 0,05) zijn ongeveer 62 gekoppelde leerlingen nodig; nu zijn het er 23.',
    );
  });

  it('warns visibly when pairs rest on illustrative data and lists what the scoring used', async () => {
    const { element, text } = await render(fullReport());
    expect(text(element.querySelector('.warning.illustrative'))).toContain('23 paren rusten op illustratieve gegevens');
    const basis = text(element.querySelector('.basis'));
    expect(basis).toContain('Kansrijk-regel versie 2 (Koers-score 4 of hoger): 23 paren');
    expect(basis).toContain('2 paren rusten op met de hand ingevoerde gegevens.');
    expect(basis).toContain('1 eerste keuzes (voor of na) hebben geen Koers-score');
  });

  it('shows no illustrative warning when every score rests on real data', async () => {
    const report = fullReport();
    const { element } = await render(fullReport({ basis: { ...report.basis, illustrativePairs: 0 } }));
    expect(element.querySelector('.warning')).toBeNull();
  });

  it('says the odds ratio cannot be calculated when the server sends none', async () => {
    const report = fullReport();
    const kansrijk = report.kansrijk;
    if (!kansrijk) throw new Error('fixture has kansrijk');
    const { element, text } = await render(fullReport({ kansrijk: { ...kansrijk, oddsRatio: { or: null, lower: null, upper: null } } }));
    expect(text(element.querySelectorAll('.kansrijk .statistics li')[2])).toBe('Odds ratio (gepaard): niet te berekenen (95%-interval –)');
  });

  it('follows the language switch: English sentence and decimal points', async () => {
    const { fixture, element, text } = await render(fullReport());
    TestBed.inject(I18n).use('en');
    await fixture.whenStable();
    expect(text(element.querySelector('.sentence'))).toContain('In class H3A 61% chose');
    expect(text(element.querySelector('.response'))).toBe('response 23 of 26 = 88%');
    expect(text(element.querySelectorAll('.kansrijk .statistics li')[1])).toBe('McNemar (exact): p = 0.04 · mid-p: p = 0.03');
    expect(text(element.querySelector('.caution span'))).toBe('Without a comparison group we cannot be sure the lesson caused this.');
  });
});
