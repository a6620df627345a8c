/**
 * Catalogue of the data elements of the monthly report (maandrapportage).
 *
 * Pure data: no database, no Remix, no React. Every value in a report is a
 * count or a measured figure for one region and one month; percentages are
 * computed elsewhere from these elements. An empty field means "unknown".
 *
 * The browser loads this module (the report form checks with it, many pages show its labels); the
 * elements' help texts are in element-help.server.ts, sent by the loaders of the pages that show them.
 * Weighted elements are a median or mean, combined across regions and months weighted by the
 * element named in `weight`.
 */

import { CLIENT_RATING_RETIRED_FROM } from './definition-changes';
import type { Text } from './lang';

export type SectionCode = 'signals' | 'families' | 'family_work' | 'legal' | 'workforce' | 'learning';
/** count = whole numbers only; decimal/days/score allow decimals. */
export type Unit = 'count' | 'decimal' | 'days' | 'score';
export type AggregationType = 'flow' | 'stock' | 'weighted';

export interface DataElement {
  code: string;
  section: SectionCode;
  unit: Unit;
  aggregation: AggregationType;
  /** Required iff aggregation === 'weighted': code of the weighting element. */
  weight?: string;
  min?: number;
  /**
   * The largest value one region can report for one month: far above any real region (the largest
   * has ~1.5 million inhabitants), so only a typing error or nonsense (`1e+30`) exceeds it. A hard
   * rule (rules.ts, `max_value`).
   */
  max: number;
  /** Dutch first. Its help text (what to count, over which period, from which source) is in element-help.server.ts. */
  label: Text;
  /** Derived elements only: the element of the report `lagMonths` earlier that gives the value. */
  derivedFrom?: { element: string; lagMonths: number };
  /**
   * The first month the report no longer asks it (a retired element): stored months keep their
   * values, readable and counted as before; from this month on it is not in the form, the template
   * or an import, and unknown.
   */
  retiredFrom?: string;
}

/** The form's sections; what each is about (shown on the form) is in element-help.server.ts. */
export const SECTIONS: readonly { code: SectionCode; label: Text }[] = [
  {
    code: 'signals',
    label: { nl: 'Signalen en triage', en: 'Signals and triage' },
  },
  {
    code: 'families',
    label: { nl: 'Gezinnen en route', en: 'Families and route' },
  },
  {
    code: 'family_work',
    label: { nl: 'Gezinsgericht werken', en: 'Family-oriented work' },
  },
  {
    code: 'legal',
    label: { nl: 'Rechtsbescherming', en: 'Legal protection' },
  },
  {
    code: 'workforce',
    label: { nl: 'Arbeidsmarkt', en: 'Workforce' },
  },
  {
    code: 'learning',
    label: { nl: 'Leren', en: 'Learning' },
  },
];

export const DATA_ELEMENTS: readonly DataElement[] = [
  // ── Signalen en triage ────────────────────────────────────────────────────
  {
    code: 'signals_new',
    section: 'signals',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Nieuwe veiligheidssignalen', en: 'New safety signals' },
  },
  {
    code: 'triage_simple',
    section: 'signals',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Triage enkelvoudig', en: 'Triaged as single-issue' },
  },
  {
    code: 'triage_complex',
    section: 'signals',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Triage complex', en: 'Triaged as complex' },
  },
  {
    code: 'triage_multi_complex',
    section: 'signals',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Triage meervoudig complex', en: 'Triaged as multi-complex' },
  },
  {
    code: 'triage_on_time',
    section: 'signals',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Triage binnen 5 werkdagen', en: 'Triaged within 5 working days' },
  },
  {
    code: 'escalated_to_rvt',
    section: 'signals',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 20_000,
    label: {
      nl: 'Opgeschaald naar het regionaal veiligheidsteam',
      en: 'Escalated to the regional safety team',
    },
  },
  {
    code: 'deescalated_to_local',
    section: 'signals',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 20_000,
    label: { nl: 'Afgeschaald naar het lokale team', en: 'Handed back to the local team' },
  },

  // ── Gezinnen en route ─────────────────────────────────────────────────────
  {
    code: 'families_active_local',
    section: 'families',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 100_000,
    label: { nl: 'Actieve gezinnen lokaal team', en: 'Active families at the local team' },
  },
  {
    code: 'families_active_rvt',
    section: 'families',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Actieve gezinnen regionaal veiligheidsteam',
      en: 'Active families at the regional safety team',
    },
  },
  {
    code: 'intakes',
    section: 'families',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Nieuw ingestroomde gezinnen', en: 'New families taken in' },
  },
  {
    code: 'families_closed',
    section: 'families',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Afgesloten gezinnen', en: 'Families closed' },
  },
  {
    code: 'families_closed_without_measure',
    section: 'families',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Gezinnen afgesloten zonder kinderbeschermingsmaatregel',
      en: 'Families closed without a child protection measure',
    },
  },
  {
    code: 'rvt_closed',
    section: 'families',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Afgesloten gezinnen die bij het RVT waren', en: 'Closed families that were at the RVT' },
  },
  {
    code: 'rvt_closed_without_measure',
    section: 'families',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'RVT-gezinnen afgesloten zonder maatregel', en: 'RVT families closed without a measure' },
  },
  {
    code: 'closed_handed_back',
    section: 'families',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Afgesloten gezinnen die ten minste één keer zijn afgeschaald',
      en: 'Closed families handed back at least once',
    },
  },
  {
    code: 'closed_extra_handovers',
    section: 'families',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Extra overdrachten bij afgesloten gezinnen',
      en: 'Extra handovers in closed cases',
    },
  },
  {
    code: 'closed_reescalated',
    section: 'families',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Afgesloten gezinnen die opnieuw zijn opgeschaald', en: 'Closed families escalated again' },
  },
  {
    code: 'help_started',
    section: 'families',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Gezinnen bij wie passende hulp is gestart', en: 'Families whose suitable help started' },
  },
  {
    code: 'help_cohort',
    section: 'families',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 100_000,
    label: {
      nl: 'Gezinnen met gestarte hulp of nog wachtend',
      en: 'Families whose help started or who still wait',
    },
  },
  {
    code: 'days_to_help_median_all',
    section: 'families',
    unit: 'days',
    aggregation: 'weighted',
    weight: 'help_cohort',
    min: 0,
    max: 3_650,
    label: {
      nl: 'Mediaan dagen tot hulp, wachtenden meegeteld',
      en: 'Median days to help, those waiting included',
    },
  },
  {
    code: 'families_waiting_over_norm',
    section: 'families',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Gezinnen die langer dan 6 weken wachten op hulp',
      en: 'Families waiting more than 6 weeks for help',
    },
  },
  {
    code: 'orgs_per_family_avg',
    section: 'families',
    unit: 'decimal',
    aggregation: 'weighted',
    weight: 'families_active_rvt',
    min: 0,
    max: 100,
    label: { nl: 'Gemiddeld aantal organisaties per RVT-gezin', en: 'Mean organisations per RVT family' },
  },

  // ── Gezinsgericht werken ──────────────────────────────────────────────────
  {
    code: 'families_one_contact',
    section: 'family_work',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 150_000,
    label: {
      nl: 'Gezinnen met één vast contactpersoon of duo',
      en: 'Families with one fixed contact person or duo',
    },
  },
  {
    code: 'families_one_plan',
    section: 'family_work',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 150_000,
    label: {
      nl: 'Gezinnen met één plan voor het hele gezin',
      en: 'Families with one plan for the whole household',
    },
  },
  {
    code: 'analyses_due',
    section: 'family_work',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Intakes met analysetermijn in deze maand',
      en: 'Intakes whose analysis deadline fell this month',
    },
  },
  {
    code: 'analyses_on_time',
    section: 'family_work',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Gezinsbrede verklarende analyses op tijd af',
      en: 'Family-wide explanatory analyses completed on time',
    },
  },
  {
    code: 'adult_mh_needed',
    section: 'family_work',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 150_000,
    label: {
      nl: 'Gezinnen met psychische of verslavingsproblemen bij een ouder',
      en: 'Families with a parent with mental-health or addiction problems',
    },
  },
  {
    code: 'adult_mh_involved',
    section: 'family_work',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 150_000,
    label: {
      nl: 'Gezinnen met ouderproblematiek waarbij de V-GGZ betrokken is',
      en: 'Families with parental problems where adult mental-health care is involved',
    },
  },
  {
    code: 'households_without_minors',
    section: 'family_work',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 150_000,
    label: { nl: 'Huishoudens zonder minderjarige kinderen', en: 'Households without minor children' },
  },
  {
    code: 'placements_new',
    section: 'family_work',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Nieuwe uithuisplaatsingen', en: 'New out-of-home placements' },
  },
  {
    code: 'placements_family_setting',
    section: 'family_work',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Uithuisplaatsingen in een gezinsvorm', en: 'Placements in a family setting' },
  },

  // ── Rechtsbescherming ─────────────────────────────────────────────────────
  {
    code: 'measure_considered',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: {
      nl: 'Gezinnen bij wie een maatregel wordt overwogen',
      en: 'Families for whom a measure is considered',
    },
  },
  {
    code: 'legal_aid_offered',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Gezinnen aan wie rechtsbijstand is aangeboden', en: 'Families offered legal aid' },
  },
  {
    code: 'legal_aid_used',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Gezinnen die de rechtsbijstand gebruiken', en: 'Families using the legal aid' },
  },
  {
    code: 'investigation_requests',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Verzoeken tot onderzoek bij de Raad', en: 'Requests for an investigation by the Board' },
  },
  {
    code: 'investigations_completed',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Afgeronde raadsonderzoeken', en: 'Board investigations completed' },
  },
  {
    code: 'days_request_to_decision_median',
    section: 'legal',
    unit: 'days',
    aggregation: 'weighted',
    weight: 'investigations_completed',
    min: 0,
    max: 3_650,
    label: {
      nl: 'Mediaan dagen van verzoek tot onderzoek tot besluit van de Raad',
      en: 'Median days from request for an investigation to the Board’s decision',
    },
  },
  {
    code: 'petitions_filed',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Verzoekschriften bij de kinderrechter', en: 'Petitions to the juvenile court' },
  },
  {
    code: 'petitions_extension',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Verzoeken tot verlenging', en: 'Requests for extension' },
  },
  {
    code: 'petitions_by_institution',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: {
      nl: 'Verzoekschriften van de gecertificeerde instelling',
      en: 'Petitions filed by the certified institution',
    },
  },
  {
    code: 'petitions_reviewed',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Verzoekschriften met onafhankelijke toets', en: 'Petitions with an independent review' },
  },
  {
    code: 'reviews_advised_against',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: {
      nl: 'Onafhankelijke toetsen met advies geen verzoekschrift in te dienen',
      en: 'Independent reviews advising against a petition',
    },
  },
  {
    code: 'measures_new',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Nieuwe kinderbeschermingsmaatregelen', en: 'New child protection measures' },
  },
  {
    code: 'measures_ots_new',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Waarvan ondertoezichtstellingen', en: 'Of which supervision orders' },
  },
  {
    code: 'authority_ended',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Waarvan gezagsbeëindigingen', en: 'Of which terminations of parental authority' },
  },
  {
    code: 'decisions_granted',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Beslissingen kinderrechter: toegewezen', en: 'Juvenile court decisions: granted' },
  },
  {
    code: 'decisions_rejected',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Beslissingen kinderrechter: afgewezen', en: 'Juvenile court decisions: rejected' },
  },
  {
    code: 'decisions_withdrawn',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Verzoeken ingetrokken', en: 'Petitions withdrawn' },
  },
  {
    code: 'children_12plus_in_decisions',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Kinderen van 12 jaar of ouder in zaken bij de kinderrechter',
      en: 'Children aged 12 or over in juvenile court cases',
    },
  },
  {
    code: 'children_heard',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Kinderen gehoord door de kinderrechter', en: 'Children heard by the juvenile court' },
  },
  {
    code: 'proceedings_total',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: {
      nl: 'Zaken over een machtiging uithuisplaatsing of gezagsbeëindiging',
      en: 'Placement or parental-authority proceedings',
    },
  },
  {
    code: 'proceedings_with_legal_aid',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: {
      nl: 'Zaken waarin ouders een advocaat hadden',
      en: 'Proceedings with legal aid for the parents',
    },
  },
  {
    code: 'families_informed_rights',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Gezinnen schriftelijk geïnformeerd over hun rechten',
      en: 'Families informed of their rights in writing',
    },
  },
  {
    code: 'children_active',
    section: 'legal',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 300_000,
    label: { nl: 'Kinderen in lopende zaken', en: 'Children in active cases' },
  },
  {
    code: 'children_view_recorded',
    section: 'legal',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 300_000,
    label: {
      nl: 'Kinderen van wie de eigen mening in het plan staat',
      en: 'Children whose own view is recorded in the plan',
    },
  },
  {
    code: 'children_with_measure',
    section: 'legal',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 50_000,
    label: { nl: 'Kinderen met een lopende maatregel', en: 'Children with a running measure' },
  },
  {
    code: 'children_waiting_guardian',
    section: 'legal',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 300_000,
    label: {
      nl: 'Kinderen met een maatregel zonder vaste jeugdbeschermer',
      en: 'Children with a measure but no fixed child protection worker',
    },
  },
  {
    code: 'complaints_received',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Ontvangen klachten', en: 'Complaints received' },
  },
  {
    code: 'complaints_due',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: {
      nl: 'Klachten waarvan de termijn deze maand afliep',
      en: 'Complaints whose term ended this month',
    },
  },
  {
    code: 'complaints_on_time',
    section: 'legal',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Klachten binnen de termijn afgehandeld', en: 'Complaints handled on time' },
  },

  // ── Arbeidsmarkt ──────────────────────────────────────────────────────────
  {
    code: 'fte_budgeted',
    section: 'workforce',
    unit: 'decimal',
    aggregation: 'stock',
    min: 0,
    max: 20_000,
    label: { nl: 'Begrote formatie in fte', en: 'Budgeted staff in FTE' },
  },
  {
    code: 'fte_filled',
    section: 'workforce',
    unit: 'decimal',
    aggregation: 'stock',
    min: 0,
    max: 20_000,
    label: { nl: 'Bezette formatie in fte', en: 'Filled staff in FTE' },
  },
  {
    code: 'fte_local_team',
    section: 'workforce',
    unit: 'decimal',
    aggregation: 'stock',
    min: 0,
    max: 20_000,
    label: { nl: 'Bezette fte lokaal team (veiligheid)', en: 'Filled FTE of the local team (safety)' },
  },
  {
    code: 'fte_rvt',
    section: 'workforce',
    unit: 'decimal',
    aggregation: 'stock',
    min: 0,
    max: 20_000,
    label: { nl: 'Bezette fte regionaal veiligheidsteam', en: 'Filled FTE of the regional safety team' },
  },
  {
    code: 'fte_youth_protection',
    section: 'workforce',
    unit: 'decimal',
    aggregation: 'stock',
    min: 0,
    max: 20_000,
    label: { nl: 'Bezette fte jeugdbeschermers', en: 'Filled FTE of child protection workers' },
  },
  {
    code: 'vacancies_open',
    section: 'workforce',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 10_000,
    label: { nl: 'Openstaande vacatures', en: 'Open vacancies' },
  },
  {
    code: 'vacancies_long_open',
    section: 'workforce',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 10_000,
    label: { nl: 'Vacatures langer dan 90 dagen open', en: 'Vacancies open more than 90 days' },
  },
  {
    code: 'headcount',
    section: 'workforce',
    unit: 'count',
    aggregation: 'stock',
    min: 0,
    max: 30_000,
    label: { nl: 'Medewerkers in dienst', en: 'Staff employed' },
  },
  {
    code: 'staff_joined',
    section: 'workforce',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Instroom medewerkers', en: 'Staff joined' },
  },
  {
    code: 'staff_left',
    section: 'workforce',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Uitstroom medewerkers', en: 'Staff left' },
  },
  {
    code: 'sick_days',
    section: 'workforce',
    unit: 'days',
    aggregation: 'flow',
    min: 0,
    max: 1_000_000,
    label: { nl: 'Verzuimdagen', en: 'Sick days' },
  },
  {
    code: 'available_days',
    section: 'workforce',
    unit: 'days',
    aggregation: 'flow',
    min: 0,
    max: 1_000_000,
    label: { nl: 'Beschikbare dagen', en: 'Available days' },
  },
  {
    code: 'training_hours',
    section: 'workforce',
    unit: 'decimal',
    aggregation: 'flow',
    min: 0,
    max: 1_000_000,
    label: { nl: 'Scholingsuren', en: 'Training hours' },
  },
  {
    code: 'trainees_new',
    section: 'workforce',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Nieuwe professionals in opleiding', en: 'New professionals in training' },
  },

  // ── Leren ─────────────────────────────────────────────────────────────────
  {
    code: 'reflection_sessions',
    section: 'learning',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: { nl: 'Reflectiebijeenkomsten', en: 'Reflection sessions' },
  },
  {
    code: 'reflection_sessions_with_experts',
    section: 'learning',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 10_000,
    label: {
      nl: 'Reflectiebijeenkomsten met ervaringsdeskundigen',
      en: 'Reflection sessions with people with lived experience',
    },
  },
  {
    code: 'client_survey_responses',
    section: 'learning',
    retiredFrom: CLIENT_RATING_RETIRED_FROM,
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: { nl: 'Ingevulde cliëntvragenlijsten', en: 'Client survey responses' },
  },
  {
    code: 'client_survey_score',
    section: 'learning',
    retiredFrom: CLIENT_RATING_RETIRED_FROM,
    unit: 'score',
    aggregation: 'weighted',
    weight: 'client_survey_responses',
    min: 1,
    max: 10,
    label: { nl: 'Gemiddeld rapportcijfer van cliënten', en: 'Mean client rating' },
  },
  {
    code: 'recurrence_12m',
    section: 'learning',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Gezinnen opnieuw gemeld binnen 12 maanden',
      en: 'Families reported again within 12 months',
    },
  },
  {
    code: 'recurrence_12m_without_measure',
    section: 'learning',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    label: {
      nl: 'Zonder maatregel afgesloten gezinnen opnieuw gemeld binnen 12 maanden',
      en: 'Families closed without a measure reported again within 12 months',
    },
  },
];

/**
 * Elements that are not entered but derived from another report, so the same figure is never typed
 * twice: `closed_12m_ago` is `families_closed` of the report twelve months earlier (see the figures
 * query). Not in the form, the import or the export.
 */
export const DERIVED_ELEMENTS: readonly DataElement[] = [
  {
    code: 'closed_12m_ago',
    section: 'learning',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    derivedFrom: { element: 'families_closed', lagMonths: 12 },
    label: { nl: 'Gezinnen afgesloten 12 maanden eerder', en: 'Families closed twelve months earlier' },
  },
  {
    code: 'closed_without_measure_12m_ago',
    section: 'learning',
    unit: 'count',
    aggregation: 'flow',
    min: 0,
    max: 50_000,
    derivedFrom: { element: 'families_closed_without_measure', lagMonths: 12 },
    label: {
      nl: 'Gezinnen zonder maatregel afgesloten 12 maanden eerder',
      en: 'Families closed without a measure twelve months earlier',
    },
  },
];

export const ELEMENT_CODES: readonly string[] = DATA_ELEMENTS.map((e) => e.code);

const BY_CODE: ReadonlyMap<string, DataElement> = new Map(
  [...DATA_ELEMENTS, ...DERIVED_ELEMENTS].map((e) => [e.code, e]),
);

export function getElement(code: string): DataElement | undefined {
  return BY_CODE.get(code);
}

/** Whether the report of `period` asks the element (a retired element only before its retirement). */
export function isAskedIn(element: Pick<DataElement, 'retiredFrom'>, period: string): boolean {
  return element.retiredFrom === undefined || period < element.retiredFrom;
}

/** An element a report holds (entered in the form or imported); derived elements are not. */
export function isEnteredElement(code: string): boolean {
  const e = BY_CODE.get(code);
  return e !== undefined && e.derivedFrom === undefined;
}

export function isDecimalUnit(unit: Unit): boolean {
  return unit !== 'count';
}

export const UNIT_LABELS: Record<Unit, Text> = {
  count: { nl: 'aantal', en: 'count' },
  decimal: { nl: 'decimaal getal', en: 'decimal number' },
  days: { nl: 'dagen', en: 'days' },
  score: { nl: 'cijfer 1–10', en: 'score 1–10' },
};
