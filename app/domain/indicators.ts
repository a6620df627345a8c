/**
 * Every indicator of the monitor, defined next to the data elements it is computed from.
 *
 * A formula is always a numerator over a denominator so that regions and months add up correctly:
 * sum the numerators, sum the denominators, divide once (never average percentages).
 * - `ratio`: sums of data elements (a term may subtract, e.g. closed − recurred). Flows add up over
 *   months. A stock is taken as the level of the last month of the range when the formula divides
 *   stock by stock (`stocks: 'level'`); when it relates a flow to a stock (`stocks: 'months'`) the
 *   stock is the sum of its monthly levels, i.e. the average level × the number of months, so the
 *   result is "per month" (or annualised with the scale).
 * - `weighted`: a median or mean element, combined as Σ(value × weight) / Σ weight; approximate.
 * - `register`: counts from the experiments or bottlenecks register at the end of the period.
 */
import { getElement } from './catalogue';
import type { IndicatorGroup } from './principles';
import type { Lang, Text } from './lang';

export type IndicatorUnit = 'percent' | 'days' | 'number' | 'score' | 'per100' | 'rate';
export type Direction = 'higher' | 'lower';
export type RegisterCount = 'experiments_evaluated' | 'bottlenecks_taken_up';

export interface Term {
  code: string;
  sign?: 1 | -1;
}

export type Formula =
  | { kind: 'ratio'; numerator: Term[]; denominator: Term[]; scale: number; stocks: 'level' | 'months' }
  | { kind: 'weighted'; element: string; weight: string }
  | { kind: 'register'; register: RegisterCount; scale: number };

export interface Indicator {
  code: string;
  group: IndicatorGroup;
  label: Text;
  explanation: Text;
  formula: Formula;
  unit: IndicatorUnit;
  direction: Direction;
  /** null for an outcome that has no target: it is shown, never scored */
  target: number | null;
  floor: number | null;
  /** where the target and floor come from (a public source, or the programme's own choice) */
  source: Text;
  /**
   * Outcomes that follow a cohort: the months a value is about lie this many months before the month
   * it is reported in (recurrence twelve months after closure), so its baseline is the region's
   * baseline shifted this many months later.
   */
  followUpMonths?: number;
  /**
   * Register indicators: a region with a smaller denominator shows its counts and percentage but
   * gets no score (a percentage of 1 or 2 entries says little).
   */
  minDenominator?: number;
}

const t = (...codes: string[]): Term[] => codes.map((code) => ({ code }));
const ACTIVE = t('families_active_local', 'families_active_rvt');
const TRIAGE = t('triage_simple', 'triage_complex', 'triage_multi_complex');
const pct = (numerator: Term[], denominator: Term[], stocks: 'level' | 'months' = 'level'): Formula => ({
  kind: 'ratio',
  numerator,
  denominator,
  scale: 100,
  stocks,
});

/** Register indicators need at least this many entries in the denominator for a region's score. */
export const MIN_REGISTER_DENOMINATOR = 3;

const PROGRAMME: Text = {
  nl: 'Ambitie van het programma (standaard van de monitor; programmamanagers kunnen hem aanpassen). Geen externe norm bekend.',
  en: 'The programme’s ambition (the monitor’s default; programme managers can change it). No external norm known.',
};
const NO_TARGET: Text = {
  nl: 'Uitkomst: getoond met trend, zonder streefwaarde en buiten de scores per basisprincipe.',
  en: 'Outcome: shown with its trend, without a target and outside the scores per principle.',
};

export const INDICATORS: readonly Indicator[] = [
  // ── Eenvoudig ──
  {
    code: 'days_to_help',
    group: 'simple',
    label: {
      nl: 'Dagen tot passende hulp (mediaan, wachtenden meegeteld)',
      en: 'Days to suitable help (median, those waiting included)',
    },
    explanation: {
      nl: 'Mediaan aantal dagen van het eerste signaal tot de start van passende hulp, over de gezinnen bij wie de hulp in de maand startte én de gezinnen die aan het eind van de maand nog wachten. Een wachtend gezin telt met zijn wachttijd tot dan (een gecensureerde wachttijd): zo maakt langer laten wachten de mediaan niet korter. Omdat die wachttijden nog doorlopen, is de uitkomst een ondergrens. Gewogen naar het aantal gestarte en wachtende gezinnen; over regio’s en maanden een benadering.',
      en: 'Median days from the first signal to the start of suitable help, over the families whose help started in the month and the families still waiting at month end. A waiting family counts with its wait so far (a censored wait), so letting families wait longer never shortens the median. As those waits continue, the result is a lower bound. Weighted by the number of families started and waiting; across regions and months an approximation.',
    },
    formula: { kind: 'weighted', element: 'days_to_help_median_all', weight: 'help_cohort' },
    unit: 'days',
    direction: 'lower',
    target: 14,
    floor: 42,
    source: PROGRAMME,
  },
  {
    code: 'waiting_over_norm',
    group: 'simple',
    label: { nl: 'Wachtend langer dan 6 weken', en: 'Waiting more than 6 weeks' },
    explanation: {
      nl: 'Gezinnen die aan het eind van de periode langer dan 6 weken na het eerste signaal nog op passende hulp wachten, per 100 actieve gezinnen.',
      en: 'Families still waiting for suitable help more than 6 weeks after the first signal at the end of the period, per 100 active families.',
    },
    formula: pct(t('families_waiting_over_norm'), ACTIVE),
    unit: 'percent',
    direction: 'lower',
    target: 2,
    floor: 10,
    source: PROGRAMME,
  },
  {
    code: 'triage_on_time',
    group: 'simple',
    label: { nl: 'Triage binnen 5 werkdagen', en: 'Triage within 5 working days' },
    explanation: {
      nl: 'Aandeel van alle getrieerde zaken (enkelvoudig, complex, meervoudig complex) dat binnen 5 werkdagen is getrieerd.',
      en: 'Share of all triaged cases (simple, complex, multi-complex) triaged within 5 working days.',
    },
    formula: pct(t('triage_on_time'), TRIAGE),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 50,
    source: {
      nl: 'Norm van 5 werkdagen uit het Handelingsprotocol Veilig Thuis; landelijk haalt Veilig Thuis die termijn in ongeveer 60 % van de meldingen (Inspectie Gezondheidszorg en Jeugd / Inspectie Justitie en Veiligheid, toezicht op Veilig Thuis). Ondergrens 50 % ligt onder dat landelijke niveau, streefwaarde 90 % is de ambitie van het programma.',
      en: 'The 5-working-day norm of the Veilig Thuis protocol; nationally Veilig Thuis meets it for about 60 % of reports (Health and Youth Care Inspectorate / Justice and Security Inspectorate, supervision of Veilig Thuis). The floor of 50 % lies below that national level; the target of 90 % is the programme’s ambition.',
    },
  },
  {
    code: 'handovers_per_case',
    group: 'outcome',
    label: {
      nl: 'Extra overdrachten per afgesloten RVT-gezin',
      en: 'Extra handovers per closed RVT family',
    },
    explanation: {
      nl: 'Overdrachten tussen lokaal team en RVT ná de eerste opschaling en de eerste afschaling van elk gezin, per afgesloten gezin dat bij het RVT was. Eén keer opschalen en één keer terug telt niet: dat is de bedoelde route. Alleen ter duiding, zonder score: het heen en weer wordt gescoord met “Opnieuw opgeschaald”, en een regio die nooit opschaalt mag daar geen voordeel van hebben.',
      en: 'Handovers between local team and RVT after each family’s first escalation and first hand-back, per closed family that was at the RVT. Escalating once and being handed back once do not count: that is the intended route. For context only, without a score: the back and forth is scored by “Escalated again”, and a region that never escalates must gain nothing by it.',
    },
    formula: {
      kind: 'ratio',
      numerator: t('closed_extra_handovers'),
      denominator: t('rvt_closed'),
      scale: 1,
      stocks: 'level',
    },
    unit: 'number',
    direction: 'lower',
    target: null,
    floor: null,
    source: NO_TARGET,
  },
  {
    code: 'reescalation',
    group: 'simple',
    label: { nl: 'Opnieuw opgeschaald', en: 'Escalated again' },
    explanation: {
      nl: 'Van de afgesloten gezinnen die ten minste één keer aan het lokale team zijn teruggegeven: het aandeel dat daarna opnieuw naar het RVT is opgeschaald. Het heen en weer waar de consultatie voor waarschuwt; alleen wie is teruggegeven kan opnieuw worden opgeschaald, dus een regio die nooit opschaalt of nooit teruggeeft heeft hier geen waarde.',
      en: 'Of the closed families handed back to the local team at least once: the share escalated to the RVT again afterwards. The back and forth the consultation warns about; only a family handed back can be escalated again, so a region that never escalates or never hands back has no value here.',
    },
    formula: pct(t('closed_reescalated'), t('closed_handed_back')),
    unit: 'percent',
    direction: 'lower',
    target: 10,
    floor: 40,
    source: PROGRAMME,
  },
  {
    code: 'orgs_per_family',
    group: 'simple',
    label: { nl: 'Organisaties per RVT-gezin', en: 'Organisations per RVT family' },
    explanation: {
      nl: 'Gemiddeld aantal betrokken organisaties per actief RVT-gezin, gewogen naar het aantal actieve RVT-gezinnen (benadering).',
      en: 'Mean number of organisations involved per active RVT family, weighted by active RVT families (approximation).',
    },
    formula: { kind: 'weighted', element: 'orgs_per_family_avg', weight: 'families_active_rvt' },
    unit: 'number',
    direction: 'lower',
    target: 2,
    floor: 5,
    source: PROGRAMME,
  },
  // ── Gezinsgericht ──
  {
    code: 'one_contact',
    group: 'family',
    label: { nl: 'Eén vast gezicht', en: 'One fixed face' },
    explanation: {
      nl: 'Aandeel actieve gezinnen (lokaal team + RVT) met één vaste contactpersoon of duo, aan het eind van de periode.',
      en: 'Share of active families (local team + RVT) with one fixed contact or duo, at the end of the period.',
    },
    formula: pct(t('families_one_contact'), ACTIVE),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 50,
    source: PROGRAMME,
  },
  {
    code: 'one_plan',
    group: 'family',
    label: { nl: 'Eén gezin, één plan', en: 'One family, one plan' },
    explanation: {
      nl: 'Aandeel actieve gezinnen met één plan voor het hele huishouden, aan het eind van de periode.',
      en: 'Share of active families with one plan covering the whole household, at the end of the period.',
    },
    formula: pct(t('families_one_plan'), ACTIVE),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 40,
    source: PROGRAMME,
  },
  {
    code: 'analysis_on_time',
    group: 'family',
    label: { nl: 'Gezinsbrede analyse op tijd', en: 'Family-wide analysis on time' },
    explanation: {
      nl: 'Van de gezinnen van wie de termijn van 6 weken na intake in de periode afliep: het aandeel met een gezinsbrede verklarende analyse op tijd.',
      en: 'Of the families whose 6-week deadline after intake fell in the period: the share with a family-wide explanatory analysis on time.',
    },
    formula: pct(t('analyses_on_time'), t('analyses_due')),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 50,
    source: PROGRAMME,
  },
  {
    code: 'adult_mh_involved',
    group: 'family',
    label: { nl: 'Volwassenen-ggz betrokken', en: 'Adult mental health involved' },
    explanation: {
      nl: 'Aandeel gezinnen met een ggz- of verslavingsvraag bij een ouder waarbij de volwassenen-ggz betrokken is.',
      en: 'Share of families with a parent’s mental-health or addiction need in which adult mental-health care is involved.',
    },
    formula: pct(t('adult_mh_involved'), t('adult_mh_needed')),
    unit: 'percent',
    direction: 'higher',
    target: 80,
    floor: 30,
    source: PROGRAMME,
  },
  {
    code: 'family_setting',
    group: 'family',
    label: { nl: 'Plaatsingen in gezinsvorm', en: 'Placements in a family setting' },
    explanation: {
      nl: 'Aandeel nieuwe uithuisplaatsingen in een gezinsvorm (pleeggezin, gezinshuis).',
      en: 'Share of new out-of-home placements in a family setting (foster family, family home).',
    },
    formula: pct(t('placements_family_setting'), t('placements_new')),
    unit: 'percent',
    direction: 'higher',
    target: 75,
    floor: 40,
    source: {
      nl: 'Ambitie van het programma, in lijn met de Hervormingsagenda Jeugd (2023): zo veel mogelijk plaatsen in een gezinsvorm.',
      en: 'The programme’s ambition, in line with the Youth Reform Agenda (Hervormingsagenda Jeugd, 2023): place in a family setting wherever possible.',
    },
  },
  // ── Rechtsbeschermend en transparant ──
  {
    code: 'independent_review',
    group: 'legal',
    label: {
      nl: 'Onafhankelijke toets vóór een verzoekschrift',
      en: 'Independent review before a petition',
    },
    explanation: {
      nl: 'Aandeel verzoekschriften aan de kinderrechter waaraan een onafhankelijke toets voorafging, over de verzoekschriften waarvoor die toets geldt: alle verzoekschriften min die van de gecertificeerde instelling zelf (haar verzoeken tot verlenging en haar eigen eerste verzoeken, zoals een machtiging uithuisplaatsing binnen een lopende ondertoezichtstelling). Die toetst de Raad volgens de wet niet.',
      en: 'Share of petitions to the juvenile court preceded by an independent review, over the petitions the review applies to: all petitions minus those of the certified institution itself (its requests for extension and its own first requests, such as an out-of-home placement authorisation within a running supervision order). By law the Board does not review those.',
    },
    formula: pct(t('petitions_reviewed'), [
      { code: 'petitions_filed' },
      { code: 'petitions_by_institution', sign: -1 },
    ]),
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 50,
    source: {
      nl: 'Het Toekomstscenario en de consultatie (Raad voor de Kinderbescherming, Raad voor de Rechtspraak): vóór elk eerste verzoek een onafhankelijke toets.',
      en: 'The future scenario and the consultation (Child Protection Board, Council for the Judiciary): an independent review before every first petition.',
    },
  },
  {
    code: 'legal_aid_offered',
    group: 'legal',
    label: {
      nl: 'Rechtsbijstand aangeboden zodra een maatregel wordt overwogen',
      en: 'Legal aid offered once a measure is considered',
    },
    explanation: {
      nl: 'Aandeel gezinnen bij wie een kinderbeschermingsmaatregel wordt overwogen en aan wie vanaf dat moment kosteloze rechtsbijstand is aangeboden.',
      en: 'Share of families for whom a child protection measure is considered who were offered free legal aid from that moment.',
    },
    formula: pct(t('legal_aid_offered'), t('measure_considered')),
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 30,
    source: {
      nl: 'Consultatie (SamenWerkingsVerband van Ouders met Jeugdzorg): rechtsbijstand vanaf het moment dat een gedwongen maatregel wordt overwogen; landelijke pilot kosteloze rechtsbijstand (2023).',
      en: 'Consultation (parents’ association SamenWerkingsVerband): legal aid from the moment a compulsory measure is considered; national free legal aid pilot (2023).',
    },
  },
  {
    code: 'legal_aid',
    group: 'legal',
    label: {
      nl: 'Advocaat in zaken over uithuisplaatsing of gezag',
      en: 'Lawyer in placement or authority cases',
    },
    explanation: {
      nl: 'Aandeel zaken over een machtiging uithuisplaatsing of gezagsbeëindiging waarin de ouders door een advocaat werden bijgestaan.',
      en: 'Share of cases about an out-of-home placement authorisation or termination of authority in which the parents had a lawyer.',
    },
    formula: pct(t('proceedings_with_legal_aid'), t('proceedings_total')),
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 50,
    source: PROGRAMME,
  },
  {
    code: 'children_heard',
    group: 'legal',
    label: { nl: 'Kinderen gehoord door de rechter', en: 'Children heard by the judge' },
    explanation: {
      nl: 'Aandeel kinderen van 12 jaar of ouder in zaken bij de kinderrechter dat door de rechter is gehoord.',
      en: 'Share of children aged 12 or over in juvenile court cases who were heard by the judge.',
    },
    formula: pct(t('children_heard'), t('children_12plus_in_decisions')),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 50,
    source: {
      nl: 'Wettelijk recht van kinderen van 12 jaar en ouder om gehoord te worden (art. 809 Wetboek van Burgerlijke Rechtsvordering); streefwaarde is de ambitie van het programma.',
      en: 'The statutory right of children aged 12 and over to be heard (art. 809 Dutch Code of Civil Procedure); the target is the programme’s ambition.',
    },
  },
  {
    code: 'informed_rights',
    group: 'legal',
    label: { nl: 'Geïnformeerd over rechten', en: 'Informed of rights' },
    explanation: {
      nl: 'Nieuwe gezinnen die schriftelijk over hun rechten zijn geïnformeerd en cliëntondersteuning kregen aangeboden, per 100 intakes.',
      en: 'New families informed in writing of their rights and offered client support, per 100 intakes.',
    },
    formula: pct(t('families_informed_rights'), t('intakes')),
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 60,
    source: PROGRAMME,
  },
  {
    code: 'child_voice',
    group: 'legal',
    label: { nl: 'Stem van het kind in het plan', en: 'Child’s voice in the plan' },
    explanation: {
      nl: 'Aandeel kinderen in lopende zaken van wie de eigen mening in het plan staat, aan het eind van de periode.',
      en: 'Share of children in active cases whose own view is recorded in the plan, at the end of the period.',
    },
    formula: pct(t('children_view_recorded'), t('children_active')),
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 40,
    source: PROGRAMME,
  },
  {
    code: 'waiting_guardian',
    group: 'legal',
    label: { nl: 'Wachtend op een vaste jeugdbeschermer', en: 'Waiting for a fixed child protection worker' },
    explanation: {
      nl: 'Aandeel kinderen met een lopende maatregel zonder vaste jeugdbeschermer, aan het eind van de periode.',
      en: 'Share of children with a running measure without a fixed child protection worker, at the end of the period.',
    },
    formula: pct(t('children_waiting_guardian'), t('children_with_measure')),
    unit: 'percent',
    direction: 'lower',
    target: 1,
    floor: 8,
    source: {
      nl: 'Landelijk wacht ongeveer 5 % van de kinderen met een maatregel op een vaste jeugdbeschermer (wachtlijstcijfers van de gecertificeerde instellingen, Jeugdzorg Nederland, 2023–2024). Ondergrens 8 % ligt boven, streefwaarde 1 % ruim onder dat niveau.',
      en: 'Nationally about 5 % of children with a measure wait for a fixed child protection worker (certified institutions’ waiting-list figures, Jeugdzorg Nederland, 2023–2024). The floor of 8 % lies above that level, the target of 1 % well below it.',
    },
  },
  {
    code: 'complaints_on_time',
    group: 'legal',
    label: { nl: 'Klachten op tijd afgehandeld', en: 'Complaints handled on time' },
    explanation: {
      nl: 'Van de klachten waarvan de afhandeltermijn in de periode afliep: het aandeel dat binnen de termijn is afgehandeld.',
      en: 'Of the complaints whose handling term ended in the period: the share handled within the term.',
    },
    formula: pct(t('complaints_on_time'), t('complaints_due')),
    unit: 'percent',
    direction: 'higher',
    target: 95,
    floor: 60,
    source: PROGRAMME,
  },
  // ── Lerend ──
  {
    code: 'experiments_evaluated',
    group: 'learning',
    label: { nl: 'Experimenten geëvalueerd', en: 'Experiments evaluated' },
    explanation: {
      nl: 'Van de experimenten die op de laatste dag van de periode waren afgelopen (einddatum tot en met die dag, status evaluatie, geborgd of gestopt): het aandeel met een vastgelegde uitkomst anders dan “onbekend”, zoals het register op die dag was.',
      en: 'Of the experiments that had ended on the last day of the period (end date up to that day, status evaluation, embedded or stopped): the share with a recorded outcome other than “unknown”, as the register stood on that day.',
    },
    formula: { kind: 'register', register: 'experiments_evaluated', scale: 100 },
    unit: 'percent',
    direction: 'higher',
    target: 100,
    floor: 50,
    source: PROGRAMME,
    minDenominator: MIN_REGISTER_DENOMINATOR,
  },
  {
    code: 'bottlenecks_taken_up',
    group: 'learning',
    label: { nl: 'Knelpunten opgepakt', en: 'Bottlenecks taken up' },
    explanation: {
      nl: 'Van de knelpunten gesignaleerd tot en met de laatste dag van de periode: het aandeel dat op die dag in analyse, landelijk geagendeerd, in een experiment (experimenteerwet nodig) of opgelost was, volgens de geschiedenis van het register. “Wetswijziging nodig” telt alleen als opgepakt wanneer het knelpunt ook landelijk is geagendeerd of aan een experiment hangt; “vervallen” telt niet mee.',
      en: 'Of the bottlenecks identified up to the last day of the period: the share that on that day was in analysis, on the national agenda, in an experiment (experimental law needed) or resolved, according to the register’s history. “Change in law needed” only counts as taken up when the bottleneck was also put on the national agenda or is linked to an experiment; “lapsed” is left out.',
    },
    formula: { kind: 'register', register: 'bottlenecks_taken_up', scale: 100 },
    unit: 'percent',
    direction: 'higher',
    target: 90,
    floor: 30,
    source: PROGRAMME,
    minDenominator: MIN_REGISTER_DENOMINATOR,
  },
  {
    code: 'reflection_experts',
    group: 'learning',
    label: { nl: 'Reflectie met ervaringsdeskundigen', en: 'Reflection with lived experience' },
    explanation: {
      nl: 'Aandeel reflectiebijeenkomsten met ten minste één ervaringsdeskundige.',
      en: 'Share of reflection sessions attended by at least one person with lived experience.',
    },
    formula: pct(t('reflection_sessions_with_experts'), t('reflection_sessions')),
    unit: 'percent',
    direction: 'higher',
    target: 75,
    floor: 20,
    source: PROGRAMME,
  },
  {
    code: 'client_experience',
    group: 'learning',
    label: { nl: 'Cliëntervaring (rapportcijfer)', en: 'Client experience (rating)' },
    explanation: {
      nl: 'Gemiddeld rapportcijfer van cliënten, gewogen naar het aantal ingevulde vragenlijsten (benadering). Vervallen: vanaf december 2026 niet meer gevraagd, vervangen door de ervaringsvragen (blok “Ervaring”); opgeslagen maanden blijven leesbaar en tellen mee zoals voorheen.',
      en: 'Mean client rating, weighted by the number of completed questionnaires (approximation). Retired: no longer asked from December 2026, replaced by the experience items (the “Experience” block); stored months stay readable and count as before.',
    },
    formula: { kind: 'weighted', element: 'client_survey_score', weight: 'client_survey_responses' },
    unit: 'score',
    direction: 'higher',
    target: 8,
    floor: 6,
    source: PROGRAMME,
  },
  {
    code: 'training_per_fte',
    group: 'learning',
    label: { nl: 'Scholingsuren per fte per maand', en: 'Training hours per FTE per month' },
    explanation: {
      nl: 'Scholingsuren gedeeld door de bezette fte, opgeteld over de maanden (gemiddelde bezetting × aantal maanden): uren per fte per maand.',
      en: 'Training hours divided by filled FTE summed over the months (average staffing × number of months): hours per FTE per month.',
    },
    formula: {
      kind: 'ratio',
      numerator: t('training_hours'),
      denominator: t('fte_filled'),
      scale: 1,
      stocks: 'months',
    },
    unit: 'rate',
    direction: 'higher',
    target: 6,
    floor: 2,
    source: PROGRAMME,
  },
  // ── Arbeidsmarkt (randvoorwaarde) ──
  {
    code: 'vacancy_rate',
    group: 'workforce',
    label: { nl: 'Vacaturegraad', en: 'Vacancy rate' },
    explanation: {
      nl: 'Openstaande vacatures gedeeld door bezette fte plus openstaande vacatures, aan het eind van de periode.',
      en: 'Open vacancies divided by filled FTE plus open vacancies, at the end of the period.',
    },
    formula: pct(t('vacancies_open'), t('fte_filled', 'vacancies_open')),
    unit: 'percent',
    direction: 'lower',
    target: 5,
    floor: 20,
    source: PROGRAMME,
  },
  {
    code: 'turnover',
    group: 'workforce',
    label: { nl: 'Personeelsverloop (op jaarbasis)', en: 'Staff turnover (annualised)' },
    explanation: {
      nl: 'Uitstroom gedeeld door het gemiddelde aantal medewerkers, omgerekend naar een jaar (× 12 / aantal maanden).',
      en: 'Staff who left divided by average headcount, annualised (× 12 / number of months).',
    },
    formula: {
      kind: 'ratio',
      numerator: t('staff_left'),
      denominator: t('headcount'),
      scale: 1200,
      stocks: 'months',
    },
    unit: 'percent',
    direction: 'lower',
    target: 10,
    floor: 30,
    source: PROGRAMME,
  },
  {
    code: 'sick_leave',
    group: 'workforce',
    label: { nl: 'Ziekteverzuim', en: 'Sick leave' },
    explanation: {
      nl: 'Verzuimdagen gedeeld door beschikbare dagen.',
      en: 'Sick days divided by available days.',
    },
    formula: pct(t('sick_days'), t('available_days')),
    unit: 'percent',
    direction: 'lower',
    target: 5,
    floor: 10,
    source: {
      nl: 'Het verzuim in de jeugdzorg ligt rond 7 % (Vernet/CBS, sector zorg en welzijn); streefwaarde 5 % is het gemiddelde van alle sectoren, ondergrens 10 % ligt ruim boven het sectorniveau.',
      en: 'Sickness absence in youth care is around 7 % (Vernet/CBS, health and welfare sector); the target of 5 % is the all-sector average, the floor of 10 % lies well above the sector level.',
    },
  },
  {
    code: 'caseload_local',
    group: 'workforce',
    label: {
      nl: 'Caseload lokaal team (gezinnen per fte)',
      en: 'Local team caseload (families per FTE)',
    },
    explanation: {
      nl: 'Actieve gezinnen van het lokale team per bezette fte van het lokale team (veiligheid), aan het eind van de periode.',
      en: 'Active families of the local team per filled FTE of the local team (safety), at the end of the period.',
    },
    formula: {
      kind: 'ratio',
      numerator: t('families_active_local'),
      denominator: t('fte_local_team'),
      scale: 1,
      stocks: 'level',
    },
    unit: 'number',
    direction: 'lower',
    target: 15,
    floor: 25,
    source: {
      nl: 'Geen landelijke norm voor lokale teams bekend; streefwaarde en ondergrens zijn de ambitie van het programma (lokale teams werken met lichtere trajecten dan het RVT of een jeugdbeschermer).',
      en: 'No national norm for local teams known; target and floor are the programme’s ambition (local teams work with lighter cases than the RVT or a child protection worker).',
    },
  },
  {
    code: 'caseload_rvt',
    group: 'workforce',
    label: {
      nl: 'Caseload regionaal veiligheidsteam (gezinnen per fte)',
      en: 'Regional safety team caseload (families per FTE)',
    },
    explanation: {
      nl: 'Actieve RVT-gezinnen per bezette fte van het regionaal veiligheidsteam, aan het eind van de periode.',
      en: 'Active RVT families per filled FTE of the regional safety team, at the end of the period.',
    },
    formula: {
      kind: 'ratio',
      numerator: t('families_active_rvt'),
      denominator: t('fte_rvt'),
      scale: 1,
      stocks: 'level',
    },
    unit: 'number',
    direction: 'lower',
    target: 8,
    floor: 14,
    source: {
      nl: 'Geen landelijke norm voor het RVT bekend; de ambitie van het programma, onder de norm van een jeugdbeschermer (8 à 9 gezinnen) omdat het RVT de zwaarste onveiligheid draagt.',
      en: 'No national norm for the RVT known; the programme’s ambition, below a child protection worker’s norm (8 to 9 families) as the RVT carries the most serious unsafety.',
    },
  },
  {
    code: 'caseload',
    group: 'workforce',
    label: {
      nl: 'Caseload jeugdbeschermers (kinderen per fte)',
      en: 'Child protection worker caseload (children per FTE)',
    },
    explanation: {
      nl: 'Kinderen met een lopende maatregel per bezette fte jeugdbeschermer van de gecertificeerde instelling voor dezelfde gemeenten, aan het eind van de periode.',
      en: 'Children with a running measure per filled FTE of the certified institution’s child protection workers for the same municipalities, at the end of the period.',
    },
    formula: {
      kind: 'ratio',
      numerator: t('children_with_measure'),
      denominator: t('fte_youth_protection'),
      scale: 1,
      stocks: 'level',
    },
    unit: 'number',
    direction: 'lower',
    target: 15,
    floor: 20,
    source: {
      nl: 'Normen van de sector: een jeugdbeschermer werkt met ongeveer 15 kinderen per fte (Jeugdzorg Nederland, normering caseload gecertificeerde instellingen). Streefwaarde 15; bij 20 kinderen per fte is de score 0.',
      en: 'The sector’s norms: a child protection worker works with about 15 children per FTE (Jeugdzorg Nederland, caseload norm of the certified institutions). Target 15; at 20 children per FTE the score is 0.',
    },
  },
  // ── Uitkomsten (niet in een score per basisprincipe) ──
  {
    code: 'recurrence_after_closure',
    group: 'outcome',
    label: {
      nl: 'Opnieuw gemeld binnen 12 maanden na afsluiting',
      en: 'Reported again within 12 months of closure',
    },
    explanation: {
      nl: 'Van de gezinnen die twaalf maanden eerder zijn afgesloten: het aandeel waarover sindsdien een nieuw veiligheidssignaal is binnengekomen (opnieuw gemeld / afgesloten 12 maanden eerder). Lager is beter. Elke maand kijkt naar de afsluitingen van een jaar eerder, dus de basisperiode van deze uitkomst is het jaar ná de basisperiode van de regio: dan worden de gezinnen gevolgd die in de basisperiode zijn afgesloten.',
      en: 'Of the families closed twelve months earlier: the share about whom a new safety signal has been received since (reported again / closed twelve months earlier). Lower is better. Each month looks at the closures of a year earlier, so this outcome’s baseline is the year after the region’s baseline: it follows the families closed during the baseline.',
    },
    formula: pct(t('recurrence_12m'), t('closed_12m_ago')),
    unit: 'percent',
    direction: 'lower',
    target: null,
    floor: null,
    source: {
      nl: 'Uitkomst zonder streefwaarde, vergeleken met de eigen basisperiode. Niet te vergelijken met het landelijke aandeel herhaalde meldingen bij Veilig Thuis (ongeveer 38 % van de meldingen gaat over een eerder gemeld gezin): dat is een aandeel van de meldingen, dit een aandeel van de afgesloten gezinnen.',
      en: 'Outcome without a target, compared with the region’s own baseline. Not comparable with the national share of repeat reports at Veilig Thuis (about 38 % of reports concern a family reported before): that is a share of reports, this a share of closed families.',
    },
    followUpMonths: 12,
  },
  {
    code: 'recurrence_without_measure',
    group: 'outcome',
    label: {
      nl: 'Opnieuw gemeld na afsluiting zonder maatregel',
      en: 'Reported again after closure without a measure',
    },
    explanation: {
      nl: 'Van de gezinnen die twaalf maanden eerder zijn afgesloten zonder kinderbeschermingsmaatregel: het aandeel dat sindsdien opnieuw is gemeld. De veiligheidstoets van het afbuigen van maatregelen: stijgt dit terwijl meer gezinnen zonder maatregel worden afgesloten, dan is de veiligheid niet blijvend. Basisperiode: het jaar ná die van de regio.',
      en: 'Of the families closed twelve months earlier without a child protection measure: the share reported again since. The safety check of diverting families from a measure: if it rises while more families close without a measure, safety does not last. Baseline: the year after the region’s.',
    },
    formula: pct(t('recurrence_12m_without_measure'), t('closed_without_measure_12m_ago')),
    unit: 'percent',
    direction: 'lower',
    target: null,
    floor: null,
    source: NO_TARGET,
    followUpMonths: 12,
  },
  {
    code: 'recurrence_with_measure',
    group: 'outcome',
    label: {
      nl: 'Opnieuw gemeld na afsluiting met maatregel',
      en: 'Reported again after closure with a measure',
    },
    explanation: {
      nl: 'Van de gezinnen die twaalf maanden eerder zijn afgesloten met een kinderbeschermingsmaatregel (afgesloten min afgesloten zonder maatregel): het aandeel dat sindsdien opnieuw is gemeld. Ter vergelijking met de gezinnen zonder maatregel. Basisperiode: het jaar ná die van de regio.',
      en: 'Of the families closed twelve months earlier with a child protection measure (closed minus closed without a measure): the share reported again since. For comparison with the families without a measure. Baseline: the year after the region’s.',
    },
    formula: pct(
      [{ code: 'recurrence_12m' }, { code: 'recurrence_12m_without_measure', sign: -1 }],
      [{ code: 'closed_12m_ago' }, { code: 'closed_without_measure_12m_ago', sign: -1 }],
    ),
    unit: 'percent',
    direction: 'lower',
    target: null,
    floor: null,
    source: NO_TARGET,
    followUpMonths: 12,
  },
  {
    code: 'closed_without_measure',
    group: 'outcome',
    label: { nl: 'RVT-gezinnen afgesloten zonder maatregel', en: 'RVT families closed without a measure' },
    explanation: {
      nl: 'Van de afgesloten gezinnen die bij het RVT waren: het aandeel zonder kinderbeschermingsmaatregel. Geen streefwaarde: een hoger aandeel is alleen goed als de veiligheid blijvend is, en een nodige maatregel vermijden is geen succes.',
      en: 'Of the closed families that were at the RVT: the share without a child protection measure. No target: a higher share is only good when safety lasts, and avoiding a needed measure is no success.',
    },
    formula: pct(t('rvt_closed_without_measure'), t('rvt_closed')),
    unit: 'percent',
    direction: 'higher',
    target: null,
    floor: null,
    source: NO_TARGET,
  },
  {
    code: 'escalation_rate',
    group: 'outcome',
    label: { nl: 'Opschaling naar het RVT', en: 'Escalation to the RVT' },
    explanation: {
      nl: 'Opschalingen van lokaal team naar regionaal veiligheidsteam per 100 nieuwe veiligheidssignalen. Alleen ter duiding, zonder score: opschalen waar het nodig is, is goed.',
      en: 'Escalations from local team to regional safety team per 100 new safety signals. For context only, without a score: escalating where needed is good.',
    },
    formula: pct(t('escalated_to_rvt'), t('signals_new')),
    unit: 'percent',
    direction: 'lower',
    target: null,
    floor: null,
    source: NO_TARGET,
  },
  {
    code: 'petitions_granted',
    group: 'outcome',
    label: { nl: 'Verzoeken toegewezen door de rechter', en: 'Petitions granted by the court' },
    explanation: {
      nl: 'Van de verzoeken waarop de kinderrechter besliste of die werden ingetrokken: het aandeel dat is toegewezen (toegewezen / (toegewezen + afgewezen + ingetrokken)).',
      en: 'Of the petitions the juvenile court decided or that were withdrawn: the share granted (granted / (granted + rejected + withdrawn)).',
    },
    formula: pct(t('decisions_granted'), t('decisions_granted', 'decisions_rejected', 'decisions_withdrawn')),
    unit: 'percent',
    direction: 'higher',
    target: null,
    floor: null,
    source: NO_TARGET,
  },
  {
    code: 'investigations_without_petition',
    group: 'outcome',
    label: {
      nl: 'Raadsonderzoeken zonder verzoekschrift',
      en: 'Board investigations ending without a petition',
    },
    explanation: {
      nl: 'Van de raadsonderzoeken die in de periode zijn afgerond: het aandeel dat eindigde zonder verzoekschrift bij de kinderrechter. Geen streefwaarde: een onderzoek dat uitwijst dat geen maatregel nodig is, is net zo goed een uitkomst van een werkende toets.',
      en: 'Of the Board investigations completed in the period: the share that ended without a petition to the juvenile court. No target: an investigation finding that no measure is needed is as much the outcome of a review that works.',
    },
    formula: pct(t('reviews_advised_against'), t('investigations_completed')),
    unit: 'percent',
    direction: 'higher',
    target: null,
    floor: null,
    source: NO_TARGET,
  },
  {
    code: 'request_to_decision',
    group: 'outcome',
    label: {
      nl: 'Dagen van verzoek tot onderzoek tot besluit (mediaan)',
      en: 'Days from request for an investigation to decision (median)',
    },
    explanation: {
      nl: 'Mediaan kalenderdagen tussen de ontvangst van een verzoek tot onderzoek door de Raad en het besluit waarmee het onderzoek eindigt (verzoekschrift bij de kinderrechter of afsluiten zonder), over de onderzoeken die in de periode zijn afgerond; gewogen naar het aantal afgeronde onderzoeken (benadering). Zolang een gezin wacht, is de onzekerheid het grootst.',
      en: 'Median calendar days between the Board’s receipt of a request for an investigation and the decision that ends the investigation (a petition to the juvenile court, or closing without one), over the investigations completed in the period; weighted by the number completed (approximation). While a family waits, its uncertainty is greatest.',
    },
    formula: {
      kind: 'weighted',
      element: 'days_request_to_decision_median',
      weight: 'investigations_completed',
    },
    unit: 'days',
    direction: 'lower',
    target: null,
    floor: null,
    source: NO_TARGET,
  },
  {
    code: 'legal_aid_used',
    group: 'outcome',
    label: { nl: 'Aangeboden rechtsbijstand gebruikt', en: 'Offered legal aid used' },
    explanation: {
      nl: 'Van de gezinnen aan wie rechtsbijstand is aangeboden: het aandeel dat er gebruik van maakt. Ouders kiezen zelf; daarom geen streefwaarde.',
      en: 'Of the families offered legal aid: the share that uses it. Parents choose for themselves, hence no target.',
    },
    formula: pct(t('legal_aid_used'), t('legal_aid_offered')),
    unit: 'percent',
    direction: 'higher',
    target: null,
    floor: null,
    source: NO_TARGET,
  },
];

const BY_CODE: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.code, i]));

export function getIndicator(code: string): Indicator | undefined {
  return BY_CODE.get(code);
}

export function indicatorsOf(group: IndicatorGroup): Indicator[] {
  return INDICATORS.filter((i) => i.group === group);
}

/** The data elements a formula reads (weights included). */
export function elementsOf(formula: Formula): string[] {
  if (formula.kind === 'register') return [];
  if (formula.kind === 'weighted') return [formula.element, formula.weight];
  return [...new Set([...formula.numerator, ...formula.denominator].map((term) => term.code))];
}

/** Whether a value is a share of a whole (suppressed when its denominator is small). */
export function isShare(indicator: Indicator): boolean {
  return indicator.unit === 'percent' || indicator.unit === 'per100';
}

/** Which of numerator and denominator are counts of people or cases (subject to "<5"). */
export function countParts(indicator: Indicator): { numerator: boolean; denominator: boolean } {
  const f = indicator.formula;
  // Register counts are experiments and bottlenecks, not families: never suppressed.
  if (f.kind === 'register') return { numerator: false, denominator: false };
  const isCount = (code: string) => getElement(code)?.unit === 'count';
  if (f.kind === 'weighted') return { numerator: false, denominator: isCount(f.weight) };
  return {
    numerator: f.numerator.every((term) => isCount(term.code)),
    denominator: f.denominator.every((term) => isCount(term.code)),
  };
}

/**
 * The formula in words, for the help page: "(a + b) / (c) × 100" with the elements' labels, a
 * weighted mean, or the register count.
 */
export function describeFormula(indicator: Indicator, lang: Lang): string {
  const f = indicator.formula;
  const label = (code: string) => getElement(code)?.label[lang] ?? code;
  if (f.kind === 'weighted') return `Σ(${label(f.element)} × ${label(f.weight)}) / Σ ${label(f.weight)}`;
  if (f.kind === 'register')
    return lang === 'nl'
      ? 'Telling uit het register op de laatste dag van de periode'
      : 'Count from the register on the last day of the period';
  const terms = (ts: readonly Term[]) =>
    ts
      .map(
        (x, i) => `${i === 0 ? (x.sign === -1 ? '− ' : '') : x.sign === -1 ? ' − ' : ' + '}${label(x.code)}`,
      )
      .join('');
  return `(${terms(f.numerator)}) / (${terms(f.denominator)})${f.scale !== 1 ? ` × ${f.scale}` : ''}`;
}
