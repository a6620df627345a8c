/**
 * The outcome rates per 10,000 children (outcomes.ts): codes, elements and labels only, so a form
 * that lets an experiment name one (the register) carries no figures code.
 * Pure: no database, Remix or React.
 */
import type { Text } from './lang';

export interface RateOutcomeDef {
  code: string;
  kind: 'rate';
  element: string;
  label: Text;
  explanation: Text;
}

export const RATE_OUTCOME_DEFS: readonly RateOutcomeDef[] = [
  {
    code: 'signals_rate',
    kind: 'rate',
    element: 'signals_new',
    label: { nl: 'Nieuwe veiligheidssignalen', en: 'New safety signals' },
    explanation: {
      nl: 'Nieuwe signalen over de veiligheid van een kind of gezin (meldingen en adviesvragen bij Veilig Thuis, het RVT en het lokale team).',
      en: 'New signals about the safety of a child or family (reports and requests for advice at Veilig Thuis, the RVT and the local team).',
    },
  },
  {
    code: 'measures_rate',
    kind: 'rate',
    element: 'measures_new',
    label: { nl: 'Nieuwe kinderbeschermingsmaatregelen', en: 'New child protection measures' },
    explanation: {
      nl: 'Kinderbeschermingsmaatregelen die de kinderrechter uitsprak (ondertoezichtstelling, gezagsbeëindiging), per kind; verlengingen tellen niet mee.',
      en: 'Child protection measures the juvenile court ordered (supervision order, termination of parental authority), per child; extensions do not count.',
    },
  },
  {
    code: 'ots_rate',
    kind: 'rate',
    element: 'measures_ots_new',
    label: { nl: 'Nieuwe ondertoezichtstellingen', en: 'New supervision orders' },
    explanation: {
      nl: 'Van de nieuwe maatregelen: de (voorlopige) ondertoezichtstellingen.',
      en: 'Of the new measures: the (provisional) supervision orders.',
    },
  },
  {
    code: 'placements_rate',
    kind: 'rate',
    element: 'placements_new',
    label: { nl: 'Nieuwe uithuisplaatsingen', en: 'New out-of-home placements' },
    explanation: {
      nl: 'Kinderen die voor het eerst uit huis zijn geplaatst, vrijwillig of met een machtiging; een overplaatsing telt niet.',
      en: 'Children placed away from home for the first time, voluntarily or under an authorisation; a move between placements does not count.',
    },
  },
  {
    code: 'authority_ended_rate',
    kind: 'rate',
    element: 'authority_ended',
    label: { nl: 'Gezagsbeëindigingen', en: 'Terminations of parental authority' },
    explanation: {
      nl: 'Van de nieuwe maatregelen: de gezagsbeëindigende maatregelen (voogdij).',
      en: 'Of the new measures: the measures ending parental authority (guardianship).',
    },
  },
];

export function getRateOutcomeDef(code: string): RateOutcomeDef | undefined {
  return RATE_OUTCOME_DEFS.find((o) => o.code === code);
}
