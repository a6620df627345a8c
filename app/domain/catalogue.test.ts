import { describe, test, expect } from 'vitest';
import {
  DATA_ELEMENTS,
  DERIVED_ELEMENTS,
  ELEMENT_CODES,
  SECTIONS,
  UNIT_LABELS,
  getElement,
  isDecimalUnit,
  isEnteredElement,
  type AggregationType,
  type SectionCode,
  type Unit,
} from './catalogue';
import { ELEMENT_HELP, elementHelpTexts, SECTION_HELP } from './element-help.server';
import { type Lang } from './lang';

const help = (code: string) => ELEMENT_HELP[code]!;

/** Every element code of the monthly report, in form order (product.md plus issue #11's and #20's additions). */
const EXPECTED_CODES: readonly string[] = [
  // Signals & triage
  'signals_new',
  'triage_simple',
  'triage_complex',
  'triage_multi_complex',
  'triage_on_time',
  'escalated_to_rvt',
  'deescalated_to_local',
  // Families & route
  'families_active_local',
  'families_active_rvt',
  'intakes',
  'families_closed',
  'families_closed_without_measure',
  'rvt_closed',
  'rvt_closed_without_measure',
  'closed_handed_back',
  'closed_extra_handovers',
  'closed_reescalated',
  'help_started',
  'help_cohort',
  'days_to_help_median_all',
  'families_waiting_over_norm',
  'orgs_per_family_avg',
  // Family-oriented work
  'families_one_contact',
  'families_one_plan',
  'analyses_due',
  'analyses_on_time',
  'adult_mh_needed',
  'adult_mh_involved',
  'households_without_minors',
  'placements_new',
  'placements_family_setting',
  // Legal protection
  'measure_considered',
  'legal_aid_offered',
  'legal_aid_used',
  'investigation_requests',
  'investigations_completed',
  'days_request_to_decision_median',
  'petitions_filed',
  'petitions_extension',
  'petitions_by_institution',
  'petitions_reviewed',
  'reviews_advised_against',
  'measures_new',
  'measures_ots_new',
  'authority_ended',
  'decisions_granted',
  'decisions_rejected',
  'decisions_withdrawn',
  'children_12plus_in_decisions',
  'children_heard',
  'proceedings_total',
  'proceedings_with_legal_aid',
  'families_informed_rights',
  'children_active',
  'children_view_recorded',
  'children_with_measure',
  'children_waiting_guardian',
  'complaints_received',
  'complaints_due',
  'complaints_on_time',
  // Workforce
  'fte_budgeted',
  'fte_filled',
  'fte_local_team',
  'fte_rvt',
  'fte_youth_protection',
  'vacancies_open',
  'vacancies_long_open',
  'headcount',
  'staff_joined',
  'staff_left',
  'sick_days',
  'available_days',
  'training_hours',
  'trainees_new',
  // Learning
  'reflection_sessions',
  'reflection_sessions_with_experts',
  'client_survey_responses',
  'client_survey_score',
  'recurrence_12m',
  'recurrence_12m_without_measure',
];

const EXPECTED_SECTION: Readonly<Record<SectionCode, readonly string[]>> = {
  signals: EXPECTED_CODES.slice(0, 7),
  families: EXPECTED_CODES.slice(7, 22),
  family_work: EXPECTED_CODES.slice(22, 31),
  legal: EXPECTED_CODES.slice(31, 60),
  workforce: EXPECTED_CODES.slice(60, 74),
  learning: EXPECTED_CODES.slice(74),
};

const STOCK_CODES = [
  'families_active_local',
  'families_active_rvt',
  'families_waiting_over_norm',
  'families_one_contact',
  'families_one_plan',
  'adult_mh_needed',
  'adult_mh_involved',
  'households_without_minors',
  'children_active',
  'children_view_recorded',
  'children_with_measure',
  'children_waiting_guardian',
  'fte_budgeted',
  'fte_filled',
  'fte_local_team',
  'fte_rvt',
  'fte_youth_protection',
  'vacancies_open',
  'vacancies_long_open',
  'headcount',
];

const WEIGHTED: Readonly<Record<string, string>> = {
  days_to_help_median_all: 'help_cohort',
  days_request_to_decision_median: 'investigations_completed',
  orgs_per_family_avg: 'families_active_rvt',
  client_survey_score: 'client_survey_responses',
};

const NON_COUNT_UNITS: Readonly<Record<string, Unit>> = {
  fte_budgeted: 'decimal',
  fte_filled: 'decimal',
  fte_local_team: 'decimal',
  fte_rvt: 'decimal',
  fte_youth_protection: 'decimal',
  training_hours: 'decimal',
  orgs_per_family_avg: 'decimal',
  days_to_help_median_all: 'days',
  days_request_to_decision_median: 'days',
  sick_days: 'days',
  available_days: 'days',
  client_survey_score: 'score',
};

const LANGS: readonly Lang[] = ['nl', 'en'];

function expectedAggregation(code: string): AggregationType {
  if (code in WEIGHTED) return 'weighted';
  return STOCK_CODES.includes(code) ? 'stock' : 'flow';
}

describe('catalogue of data elements', () => {
  test('element codes are unique', () => {
    expect(new Set(ELEMENT_CODES).size).toBe(ELEMENT_CODES.length);
  });

  test('contains exactly the codes of product.md, in form order', () => {
    expect(ELEMENT_CODES).toEqual(EXPECTED_CODES);
    expect(DATA_ELEMENTS.map((e) => e.code)).toEqual(EXPECTED_CODES);
  });

  test('each element belongs to the section product.md puts it in', () => {
    for (const [section, codes] of Object.entries(EXPECTED_SECTION)) {
      for (const code of codes) expect(getElement(code)?.section, code).toBe(section);
    }
  });

  test('elements are grouped by section, in the order of SECTIONS', () => {
    const sectionOrder = SECTIONS.map((s) => s.code);
    const seen = DATA_ELEMENTS.map((e) => e.section).filter((s, i, all) => i === 0 || all[i - 1] !== s);
    expect(seen).toEqual(sectionOrder);
  });

  test('there are six sections with unique codes', () => {
    expect(SECTIONS.map((s) => s.code)).toEqual([
      'signals',
      'families',
      'family_work',
      'legal',
      'workforce',
      'learning',
    ]);
  });

  test('each element has the aggregation type stated in product.md', () => {
    for (const e of DATA_ELEMENTS) expect(e.aggregation, e.code).toBe(expectedAggregation(e.code));
  });

  test('weighted elements name their weight as in product.md', () => {
    for (const [code, weight] of Object.entries(WEIGHTED))
      expect(getElement(code)?.weight, code).toBe(weight);
  });

  test('every weight refers to an existing element, and only weighted elements have one', () => {
    for (const e of DATA_ELEMENTS) {
      if (e.aggregation === 'weighted') {
        expect(e.weight, e.code).toBeDefined();
        const w = getElement(e.weight ?? '');
        expect(w, e.code).toBeDefined();
        expect(w?.aggregation, `${e.code} is weighted by a count, not by another weighted value`).not.toBe(
          'weighted',
        );
      } else {
        expect(e.weight, e.code).toBeUndefined();
      }
    }
  });

  test('units: FTE, hours and means are decimal, days are days, the survey score is a score, the rest counts', () => {
    for (const e of DATA_ELEMENTS) expect(e.unit, e.code).toBe(NON_COUNT_UNITS[e.code] ?? 'count');
  });

  test('client survey score is bounded 1 to 10, every other element has minimum 0 and a finite maximum of at least 100', () => {
    for (const e of DATA_ELEMENTS) {
      if (e.code === 'client_survey_score') {
        expect([e.min, e.max]).toEqual([1, 10]);
      } else {
        expect(e.min, e.code).toBe(0);
        expect(Number.isFinite(e.max), e.code).toBe(true);
        expect(e.max, e.code).toBeGreaterThanOrEqual(100);
        expect(e.max, e.code).toBeLessThanOrEqual(1_000_000);
      }
    }
  });

  test('a part never has a smaller maximum than its whole could need', () => {
    expect(getElement('triage_on_time')!.max).toBe(getElement('triage_simple')!.max);
    expect(getElement('sick_days')!.max).toBe(getElement('available_days')!.max);
  });

  test('every label and help text is non-empty in Dutch and English', () => {
    for (const e of DATA_ELEMENTS) {
      for (const lang of LANGS) {
        expect(e.label[lang].trim(), `${e.code} label ${lang}`).not.toBe('');
        expect(help(e.code)[lang].trim(), `${e.code} help ${lang}`).not.toBe('');
      }
    }
    for (const s of SECTIONS) {
      for (const lang of LANGS) {
        expect(s.label[lang].trim(), `${s.code} label ${lang}`).not.toBe('');
        expect(SECTION_HELP[s.code][lang].trim(), `${s.code} description ${lang}`).not.toBe('');
      }
    }
  });

  test('labels are unique per language, so messages that name fields are unambiguous', () => {
    for (const lang of LANGS) {
      const labels = DATA_ELEMENTS.map((e) => e.label[lang].toLowerCase());
      expect(new Set(labels).size, lang).toBe(labels.length);
    }
  });

  test('every element, entered or derived, has exactly one help text and no help text is for another code', () => {
    const codes = [...DATA_ELEMENTS, ...DERIVED_ELEMENTS].map((e) => e.code);
    expect(Object.keys(ELEMENT_HELP).sort()).toEqual([...codes].sort());
    expect(Object.keys(ELEMENT_HELP)).toHaveLength(82);
  });

  test('a loader gets the help texts of the codes it asks for, in one language', () => {
    const texts = elementHelpTexts(['signals_new', 'fte_filled'], 'en');
    expect(Object.keys(texts)).toEqual(['signals_new', 'fte_filled']);
    expect(texts.signals_new).toBe(ELEMENT_HELP.signals_new!.en);
    expect(texts.fte_filled).toContain('Reference date: the last day of the reporting month.');
  });

  test('help texts state the period or reference date and the source', () => {
    for (const e of DATA_ELEMENTS) {
      expect(help(e.code).nl, e.code).toMatch(/Periode:|Peildatum:/);
      expect(help(e.code).nl, e.code).toMatch(/Bron:/);
      expect(help(e.code).en, e.code).toMatch(/Period:|Reference date:/);
      expect(help(e.code).en, e.code).toMatch(/Source:/);
    }
  });

  test('stock elements are measured on the last day of the month, flows over the month', () => {
    for (const e of DATA_ELEMENTS) {
      if (e.aggregation === 'stock')
        expect(help(e.code).nl, e.code).toContain('Peildatum: de laatste dag van de verslagmaand.');
    }
    expect(help('signals_new').nl).toContain('Periode: de verslagmaand');
  });

  test('Dutch labels use the field’s own terms', () => {
    expect(getElement('signals_new')?.label.nl).toBe('Nieuwe veiligheidssignalen');
    expect(getElement('triage_simple')?.label.nl).toBe('Triage enkelvoudig');
    expect(getElement('triage_multi_complex')?.label.nl).toBe('Triage meervoudig complex');
    expect(getElement('petitions_filed')?.label.nl).toBe('Verzoekschriften bij de kinderrechter');
    expect(getElement('families_one_contact')?.label.nl).toBe('Gezinnen met één vast contactpersoon of duo');
    expect(getElement('children_waiting_guardian')?.label.nl).toBe(
      'Kinderen met een maatregel zonder vaste jeugdbeschermer',
    );
    expect(getElement('proceedings_total')?.label.nl).toBe(
      'Zaken over een machtiging uithuisplaatsing of gezagsbeëindiging',
    );
    expect(help('trainees_new').en).toContain('child protection worker');
    expect(getElement('adult_mh_involved')?.label.nl).toContain('V-GGZ');
  });

  test('closed twelve months earlier is derived from the report a year earlier, never entered', () => {
    expect(ELEMENT_CODES).not.toContain('closed_12m_ago');
    expect(getElement('closed_12m_ago')?.derivedFrom).toEqual({ element: 'families_closed', lagMonths: 12 });
    expect(isEnteredElement('closed_12m_ago')).toBe(false);
    expect(isEnteredElement('families_closed')).toBe(true);
    expect(isEnteredElement('no_such_element')).toBe(false);
  });

  test('getElement finds a known code and returns undefined for an unknown one', () => {
    expect(getElement('petitions_filed')?.section).toBe('legal');
    expect(getElement('no_such_element')).toBeUndefined();
  });

  test('only the count unit is whole-number; decimal, days and score allow decimals', () => {
    expect(isDecimalUnit('count')).toBe(false);
    expect(isDecimalUnit('decimal')).toBe(true);
    expect(isDecimalUnit('days')).toBe(true);
    expect(isDecimalUnit('score')).toBe(true);
  });

  test('every unit has a Dutch and English label', () => {
    expect(UNIT_LABELS).toEqual({
      count: { nl: 'aantal', en: 'count' },
      decimal: { nl: 'decimaal getal', en: 'decimal number' },
      days: { nl: 'dagen', en: 'days' },
      score: { nl: 'cijfer 1–10', en: 'score 1–10' },
    });
  });
});
